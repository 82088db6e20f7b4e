-- Found by QueryPlansIT (the plans of every query of the app's routes on a demo league).
-- The assistant's "best pressing formation" reads the starting line-ups of the caller's teams:
-- without this index the optimizer starts from every completed match (about 49,000 line-up rows
-- sorted for grouping at the full league's size); with it, it reads only the team's starters.
CREATE INDEX ix_match_lineups_team_starting ON match_lineups (team_id, is_starting, match_id, formation_id);
