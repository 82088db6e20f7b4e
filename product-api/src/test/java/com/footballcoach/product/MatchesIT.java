package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.testing.Club;
import com.footballcoach.product.testing.QueryCounting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProductApiTest
class MatchesIT {

    @LocalServerPort
    int port;

    Club club;

    @BeforeEach
    void newClub() {
        club = new Club(port);
    }

    @Test
    void createsReadsFiltersUpdatesAndDeletesMatches() {
        String opponent = club.newTeam("Opp");
        String cup = club.owner.ok(201, club.owner.post("/api/events", Map.of("name", "Cup"))).get("id").asString();
        Map<String, Object> body = new HashMap<>(Map.of("home_team_id", club.teamId(), "away_team_id", opponent,
                "date_time", "2026-03-19T18:30:00.123456", "status", "upcoming", "event_id", cup,
                "home_score", 0, "away_score", 0));
        JsonNode match = club.owner.ok(201, club.owner.post("/api/matches", body));
        String id = match.get("id").asString();
        assertThat(match.get("home_score").isInt()).isTrue();
        assertThat(match.get("home_team_name").asString()).isEqualTo(
                club.owner.ok(200, club.owner.get("/api/teams/" + club.teamId())).get("name").asString());
        assertThat(match.get("event_name").asString()).isEqualTo("Cup");
        assertThat(match.get("date_time").asString()).startsWith("2026-03-19T18:30:00.123");
        String other = club.newMatch();

        assertThat(ids(club.coach.get("/api/matches?event_id=" + cup))).containsExactly(id);
        assertThat(ids(club.coach.get("/api/matches?status=upcoming"))).contains(id, other);
        assertThat(ids(club.coach.get("/api/matches?status=live"))).isEmpty();
        assertThat(club.coach.get("/api/matches?status=later").status()).isEqualTo(422);

        JsonNode updated = club.owner.ok(200, club.owner.put("/api/matches/" + id,
                Map.of("status", "completed", "home_score", 2, "away_score", 1)));
        assertThat(updated.get("status").asString()).isEqualTo("completed");
        assertThat(updated.get("away_score").asInt()).isEqualTo(1);
        assertThat(updated.get("event_id").asString()).isEqualTo(cup);

        assertThat(club.owner.delete("/api/matches/" + id).status()).isEqualTo(204);
        assertThat(club.coach.get("/api/matches/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesInvalidMatchesAndHidesOtherClubsMatches() {
        String opponent = club.newTeam("Opp");
        assertThat(club.owner.post("/api/matches", Map.of("home_team_id", club.teamId(), "away_team_id",
                club.teamId(), "date_time", "2026-03-19T18:30:00")).status()).isEqualTo(422);
        assertThat(club.owner.post("/api/matches", Map.of("home_team_id", club.teamId(), "away_team_id", opponent,
                "date_time", "yesterday")).status()).isEqualTo(422);
        assertThat(club.owner.post("/api/matches", Map.of("home_team_id", club.teamId(), "away_team_id", opponent,
                "date_time", "2026-03-19T18:30:00", "home_score", "many")).status()).isEqualTo(422);
        assertThat(club.owner.post("/api/matches", Map.of("home_team_id", club.teamId(), "away_team_id", opponent,
                "date_time", "2026-03-19T18:30:00", "status", "postponed")).status()).isEqualTo(422);

        Club other = new Club(port);
        assertThat(other.owner.post("/api/matches", Map.of("home_team_id", other.teamId(), "away_team_id",
                club.teamId(), "date_time", "2026-03-19T18:30:00")).status()).isEqualTo(422);
        String id = club.newMatch();
        assertThat(other.owner.get("/api/matches/" + id).status()).isEqualTo(404);
        assertThat(other.owner.get("/api/matches/" + id + "/details").status()).isEqualTo(404);
        assertThat(other.owner.put("/api/matches/" + id, Map.of("status", "live")).status()).isEqualTo(404);
        assertThat(other.owner.delete("/api/matches/" + id).status()).isEqualTo(404);
        assertThat(ids(other.owner.get("/api/matches"))).doesNotContain(id);
        assertThat(club.coach.post("/api/matches", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void setsTheVideoAnchorOnceUnlessAnAccountManagerForcesIt() {
        String id = club.newMatch();
        String path = "/api/matches/" + id + "/video-anchor";

        JsonNode set = club.coach.ok(200, club.coach.post(path + "?force=false", Map.of("video_anchor_seconds", 754)));
        assertThat(set.get("video_anchor_seconds").isInt()).isTrue();
        assertThat(set.get("video_anchor_seconds").asInt()).isEqualTo(754);

        assertThat(club.coach.post(path + "?force=false", Map.of("video_anchor_seconds", 10)).status()).isEqualTo(409);
        assertThat(club.coach.post(path + "?force=true", Map.of("video_anchor_seconds", 10)).status()).isEqualTo(403);
        assertThat(club.owner.ok(200, club.owner.post(path + "?force=true", Map.of("video_anchor_seconds", 10)))
                .get("video_anchor_seconds").asInt()).isEqualTo(10);
        assertThat(club.coach.post(path, Map.of("video_anchor_seconds", -1)).status()).isEqualTo(422);
        assertThat(club.analyst.post(path, Map.of("video_anchor_seconds", 1)).status()).isEqualTo(403);

        JsonNode reset = club.coach.ok(200, club.coach.post(path + "/reset", "null"));
        assertThat(reset.get("video_anchor_seconds").isNull()).isTrue();
        assertThat(new Club(port).owner.post(path + "/reset", "null").status()).isEqualTo(404);
    }

    @Test
    void answersMatchDetailsWithTheAppsTypesInAFixedNumberOfQueries() {
        String matchId = club.newMatch();
        JsonNode match = club.owner.ok(200, club.owner.get("/api/matches/" + matchId));
        String away = match.get("away_team_id").asString();
        String formation = club.coach.ok(201, club.coach.post("/api/formations",
                Map.of("name", "4-4-2"))).get("id").asString();
        int before = details(matchId).queries();

        for (int i = 1; i <= 11; i++) {
            String home = club.newPlayer(club.teamId(), "Home " + i, i);
            String guest = club.newPlayer(away, "Away " + i, i);
            lineup(matchId, club.teamId(), home, formation, i <= 10);
            lineup(matchId, away, guest, null, true);
            club.coach.ok(201, club.coach.post("/api/match_events", Map.of("match_id", matchId, "player_id", home,
                    "team_id", club.teamId(), "event_type", "pass", "minute", 90 - i)));
            club.coach.ok(201, club.coach.post("/api/player_match_statistics", Map.of("match_id", matchId,
                    "player_id", home, "rating", 7.5, "minutes_played", 90, "distance_covered_km", 10.25)));
        }
        for (String team : List.of(club.teamId(), away)) {
            TestAccounts.execute("""
                    INSERT INTO match_team_statistics (id, match_id, team_id, possession_percentage, expected_goals,
                        total_shots, pass_network_data, zone_analysis_data)
                    VALUES (?, ?, ?, 55.5, 1.25, 12, '{"nodes": [1, 2]}', NULL)
                    """, UUID.randomUUID().toString(), matchId, team);
        }

        Probe probe = details(matchId);
        JsonNode details = probe.body();

        // 5 statements: match (with the scope check), lineups, events, player stats, team stats, whatever the
        // size; a 6th only when the signed-in user's 5-second cache entry is cold
        assertThat(probe.queries()).isEqualTo(5).isEqualTo(before);
        assertThat(details.get("match_info").get("id").asString()).isEqualTo(matchId);
        JsonNode home = details.get("home_lineup");
        assertThat(home.get("team_id").asString()).isEqualTo(club.teamId());
        assertThat(home.get("team_name").isString()).isTrue();
        assertThat(home.get("formation").get("name").asString()).isEqualTo("4-4-2");
        assertThat(home.get("formation").get("created_at").isString()).isTrue();
        assertThat(home.get("players").size()).isEqualTo(11);
        JsonNode first = home.get("players").get(0);
        assertThat(first.get("position_in_formation").asString()).isEqualTo("0.5,0.1");
        assertThat(first.get("jersey_number").isInt()).isTrue();
        assertThat(first.get("is_starting").isBoolean()).isTrue();
        assertThat(details.get("away_lineup").get("formation").isNull()).isTrue();
        assertThat(details.get("away_lineup").get("players").size()).isEqualTo(11);
        JsonNode events = details.get("events");
        assertThat(events.size()).isEqualTo(11);
        assertThat(events.get(0).get("minute").asInt()).isEqualTo(79);
        assertThat(events.get(10).get("minute").asInt()).isEqualTo(89);
        assertThat(events.get(0).get("minute").isInt()).isTrue();
        JsonNode stats = details.get("player_stats");
        assertThat(stats.size()).isEqualTo(11);
        assertThat(stats.get(0).get("rating").isNumber()).isTrue();
        assertThat(stats.get(0).get("minutes_played").isInt()).isTrue();
        JsonNode teamStats = details.get("team_stats");
        assertThat(teamStats.size()).isEqualTo(2);
        assertThat(teamStats.get(0).get("team_id").asString()).isEqualTo(club.teamId());
        assertThat(teamStats.get(0).get("pass_network_data").isObject()).isTrue();
        assertThat(teamStats.get(0).get("zone_analysis_data").isNull()).isTrue();
        assertThat(teamStats.get(0).get("total_shots").isInt()).isTrue();

        JsonNode viaRoute = club.player.ok(200, club.player.get("/api/matches/" + matchId + "/team_statistics"));
        assertThat(viaRoute.get(1).get("pass_network_data").get("nodes").size()).isEqualTo(2);
    }

    @Test
    void recordsEventsLineupsAndStatisticsOfAMatch() {
        String matchId = club.newMatch();
        String playerId = club.newPlayer(club.teamId(), "Scorer", 9);

        // lineups: the app sends "id": "" and reads is_starting as a boolean
        JsonNode lineup = club.coach.ok(201, club.coach.post("/api/match_lineups", """
                {"id": "", "match_id": "%s", "team_id": "%s", "formation_id": null, "player_id": "%s",
                 "is_starting": false, "position_in_formation": "0.2,0.4"}
                """.formatted(matchId, club.teamId(), playerId)));
        assertThat(lineup.get("is_starting").isBoolean()).isTrue();
        assertThat(club.player.ok(200, club.player.get("/api/match_lineups?match_id=" + matchId)).size()).isEqualTo(1);
        assertThat(club.coach.post("/api/match_lineups", Map.of("match_id", matchId, "team_id", club.teamId(),
                "player_id", playerId)).status()).isEqualTo(409);
        assertThat(club.coach.put("/api/match_lineups/" + lineup.get("id").asString(), Map.of("is_starting", true)))
                .extracting(HttpApi.Response::status).isEqualTo(200);
        assertThat(club.coach.delete("/api/match_lineups/" + lineup.get("id").asString()).status()).isEqualTo(204);

        // events, by minute
        String late = club.coach.ok(201, club.coach.post("/api/match_events", Map.of("match_id", matchId,
                "event_type", "goal", "minute", 80, "player_id", playerId))).get("id").asString();
        club.coach.ok(201, club.coach.post("/api/match_events", Map.of("match_id", matchId, "event_type",
                "yellow_card", "minute", 12, "video_timestamp", 733.5)));
        JsonNode events = club.player.ok(200, club.player.get("/api/match_events?match_id=" + matchId));
        assertThat(events.valueStream().map(e -> e.get("minute").asInt()).toList()).containsExactly(12, 80);
        assertThat(club.coach.post("/api/match_events", Map.of("match_id", matchId, "event_type", "dance",
                "minute", 1)).status()).isEqualTo(422);
        assertThat(club.coach.post("/api/match_events", Map.of("match_id", matchId, "event_type", "goal",
                "minute", 1, "team_id", club.newTeam("Not playing"))).status()).isEqualTo(422);
        assertThat(club.coach.ok(200, club.coach.put("/api/match_events/" + late, Map.of("minute", 81)))
                .get("minute").asInt()).isEqualTo(81);
        assertThat(club.player.delete("/api/match_events/" + late).status()).isEqualTo(403);
        assertThat(club.coach.delete("/api/match_events/" + late).status()).isEqualTo(204);
        assertThat(club.coach.get("/api/match_events/" + late).status()).isEqualTo(404);

        // player statistics: rating a number; [] for a player without statistics
        String other = club.newPlayer(club.teamId(), "Bench", 12);
        assertThat(club.player.ok(200, club.player.get("/api/player_match_statistics/player/" + other)).size())
                .isZero();
        JsonNode stats = club.coach.ok(201, club.coach.post("/api/player_match_statistics",
                Map.of("match_id", matchId, "player_id", playerId, "rating", "8.5", "shots", 3)));
        assertThat(stats.get("rating").isNumber()).isTrue();
        assertThat(stats.get("rating").asDouble()).isEqualTo(8.5);
        assertThat(club.player.ok(200, club.player.get("/api/player_match_statistics/player/" + playerId)).size())
                .isEqualTo(1);
        assertThat(club.player.ok(200, club.player.get("/api/player_match_statistics?match_id=" + matchId)).size())
                .isEqualTo(1);
        assertThat(club.coach.post("/api/player_match_statistics", Map.of("match_id", matchId, "player_id", other,
                "rating", 11)).status()).isEqualTo(422);
        String statsId = stats.get("id").asString();
        assertThat(club.coach.ok(200, club.coach.put("/api/player_match_statistics/" + statsId, Map.of("shots", 4)))
                .get("rating").asDouble()).isEqualTo(8.5);
        assertThat(club.coach.delete("/api/player_match_statistics/" + statsId).status()).isEqualTo(204);

        Club foreign = new Club(port);
        assertThat(foreign.coach.get("/api/match_events?match_id=" + matchId).status()).isEqualTo(404);
        assertThat(foreign.coach.get("/api/player_match_statistics/player/" + playerId).status()).isEqualTo(404);
        assertThat(foreign.coach.post("/api/match_events", Map.of("match_id", matchId, "event_type", "goal",
                "minute", 1)).status()).isEqualTo(422);
        assertThat(club.coach.post("/api/match_lineups", Map.of("match_id", matchId, "team_id", club.teamId(),
                "player_id", foreign.newPlayer(foreign.teamId(), "Spy", 1))).status()).isEqualTo(422);
    }

    @Test
    void keepsVideoSegmentsAndAnalysisReportsOfAMatch() {
        String matchId = club.newMatch();
        JsonNode segment = club.coach.ok(201, club.coach.post("/api/video_segments", Map.of("match_id", matchId,
                "title", "Press", "start_seconds", 10.5, "end_seconds", 30, "tags", Map.of("phase", "press"))));
        assertThat(segment.get("tags").isObject()).isTrue();
        assertThat(club.coach.post("/api/video_segments", Map.of("match_id", matchId, "title", "Bad",
                "start_seconds", 30, "end_seconds", 10)).status()).isEqualTo(422);
        String segmentId = segment.get("id").asString();
        assertThat(club.coach.ok(200, club.coach.put("/api/video_segments/" + segmentId, Map.of("title", "High press")))
                .get("title").asString()).isEqualTo("High press");
        assertThat(club.player.ok(200, club.player.get("/api/video_segments?match_id=" + matchId)).size()).isEqualTo(1);
        assertThat(club.coach.delete("/api/video_segments/" + segmentId).status()).isEqualTo(204);

        JsonNode report = club.coach.ok(201, club.coach.post("/api/analysis_reports", Map.of("match_id", matchId,
                "title", "Half time", "report_data", Map.of("possession", 61))));
        assertThat(report.get("report_data").get("possession").asInt()).isEqualTo(61);
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        String reportId = report.get("id").asString();
        assertThat(club.coach.post("/api/analysis_reports", Map.of("match_id", matchId,
                "analysis_id", UUID.randomUUID().toString())).status()).isEqualTo(422);
        assertThat(club.coach.ok(200, club.coach.put("/api/analysis_reports/" + reportId, Map.of("status", "FAILED")))
                .get("status").asString()).isEqualTo("FAILED");
        assertThat(new Club(port).coach.get("/api/analysis_reports/" + reportId).status()).isEqualTo(404);
        assertThat(club.coach.delete("/api/analysis_reports/" + reportId).status()).isEqualTo(204);
    }

    private void lineup(String matchId, String teamId, String playerId, String formationId, boolean starting) {
        Map<String, Object> body = new HashMap<>(Map.of("match_id", matchId, "team_id", teamId, "player_id",
                playerId, "is_starting", starting, "position_in_formation", "0.5,0.1"));
        body.put("formation_id", formationId);
        club.coach.ok(201, club.coach.post("/api/match_lineups", body));
    }

    @Test
    void servesRepeatedDetailsWithoutQueriesUntilAWriteCommitsAndChecksTheCallerEveryTime() {
        String matchId = club.newMatch();
        details(matchId);

        assertThat(details(matchId).queries()).isZero();
        assertThat(new Club(port).owner.get("/api/matches/" + matchId + "/details").status()).isEqualTo(404);

        String scorer = club.newPlayer(club.teamId(), "Scorer", 9);
        club.coach.ok(201, club.coach.post("/api/match_events", Map.of("match_id", matchId, "player_id", scorer,
                "team_id", club.teamId(), "event_type", "goal", "minute", 12)));
        Probe afterWrite = details(matchId);

        assertThat(afterWrite.queries()).isEqualTo(5);
        assertThat(afterWrite.body().get("events").get(0).get("event_type").asString()).isEqualTo("goal");
        assertThat(details(matchId).queries()).isZero();
    }

    private record Probe(JsonNode body, int queries) {
    }

    private Probe details(String matchId) {
        String probe = UUID.randomUUID().toString();
        club.coach.ok(200, club.coach.get("/api/matches/" + matchId)); // warms the user cache: count this route only
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/api/matches/" + matchId + "/details"))
                    .header("Authorization", "Bearer " + club.coach.token()).header(QueryCounting.HEADER, probe)
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return new Probe(new HttpApi.Response(200, response.body(), Map.of()).json(),
                    QueryCounting.countFor(probe));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(HttpApi.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().map(m -> m.get("id").asString()).toList();
    }
}
