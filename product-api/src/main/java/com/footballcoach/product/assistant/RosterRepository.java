package com.footballcoach.product.assistant;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads the caller's {@link Roster}: three set queries, whatever the squad size. */
@Repository
class RosterRepository {

    private final JdbcClient jdbc;

    RosterRepository(TimedJdbc jdbc) {
        this.jdbc = jdbc.client();
    }

    Roster load(List<String> teamIds, String clubId) {
        if (teamIds.isEmpty()) {
            return Roster.empty();
        }
        List<Roster.Player> players = jdbc.sql("""
                SELECT p.id, p.name, p.team_id, p.jersey_number
                  FROM players p
                 WHERE p.team_id IN (:teams)
                 ORDER BY p.team_id, p.jersey_number, p.name
                """).param("teams", teamIds)
                .query((rs, i) -> new Roster.Player(rs.getString("id"), rs.getString("name"), rs.getString("team_id"),
                        rs.getObject("jersey_number") == null ? null : rs.getInt("jersey_number")))
                .list();
        List<Roster.Team> teams = jdbc.sql("SELECT id, name FROM teams WHERE id IN (:teams) ORDER BY created_at, id")
                .param("teams", teamIds).query((rs, i) -> new Roster.Team(rs.getString("id"), rs.getString("name")))
                .list();
        List<Roster.Team> opponents = jdbc.sql("""
                SELECT DISTINCT t.id, t.name
                  FROM matches m
                  JOIN teams t ON t.id = CASE WHEN m.home_team_id IN (:teams) THEN m.away_team_id ELSE m.home_team_id END
                 WHERE m.home_team_id IN (:teams) OR m.away_team_id IN (:teams)
                 ORDER BY t.name
                """).param("teams", teamIds)
                .query((rs, i) -> new Roster.Team(rs.getString("id"), rs.getString("name"))).list();
        List<Roster.Formation> formations = jdbc.sql("""
                SELECT id, name, description FROM formations
                 WHERE user_id IS NULL OR user_id = :club
                 ORDER BY name, id
                """).param("club", clubId)
                .query((rs, i) -> new Roster.Formation(rs.getString("id"), rs.getString("name"),
                        rs.getString("description")))
                .list();
        return new Roster(players, teams, opponents, formations);
    }
}
