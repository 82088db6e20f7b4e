package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.product.testing.Club;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The table of every route with a body or an id: a malformed body is a 400, a wrong type a 422 and
 * an unknown id a 404 — never a 500. Each call is made by a caller the route allows.
 */
@ProductApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobustnessIT {

    @LocalServerPort
    int port;

    Club club;

    /** A route: method, path ({id} is replaced), who calls it, and a body with a wrong-typed field. */
    record Route(String method, String path, String who, String wrongType) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Route> writes() {
        return List.of(
                new Route("POST", "/api/teams", "owner", "{\"name\": [1]}"),
                new Route("PUT", "/api/teams/{id}", "owner", "{\"primary_color\": {}}"),
                new Route("POST", "/api/players", "owner", "{\"name\": \"P\", \"jersey_number\": \"ten\"}"),
                new Route("PUT", "/api/players/{id}", "owner", "{\"birth_date\": 12}"),
                new Route("POST", "/api/staff", "owner", "{\"name\": {}, \"role\": \"physio\"}"),
                new Route("PUT", "/api/staff/{id}", "owner", "{\"name\": []}"),
                new Route("POST", "/api/formations", "coach", "{\"name\": {}}"),
                new Route("PUT", "/api/formations/{id}", "coach", "{\"name\": []}"),
                new Route("POST", "/api/events", "owner", "{\"name\": []}"),
                new Route("PUT", "/api/events/{id}", "owner", "{\"name\": {}}"),
                new Route("POST", "/api/matches", "owner", "{\"date_time\": true}"),
                new Route("PUT", "/api/matches/{id}", "owner", "{\"home_score\": \"lots\"}"),
                new Route("POST", "/api/matches/{id}/video-anchor", "coach", "{\"video_anchor_seconds\": \"soon\"}"),
                new Route("POST", "/api/match_events", "coach", "{\"minute\": \"late\"}"),
                new Route("PUT", "/api/match_events/{id}", "coach", "{\"minute\": []}"),
                new Route("POST", "/api/match_lineups", "coach", "{\"is_starting\": \"perhaps\"}"),
                new Route("PUT", "/api/match_lineups/{id}", "coach", "{\"is_starting\": {}}"),
                new Route("POST", "/api/player_match_statistics", "coach", "{\"rating\": \"great\"}"),
                new Route("PUT", "/api/player_match_statistics/{id}", "coach", "{\"shots\": \"many\"}"),
                new Route("POST", "/api/video_segments", "coach", "{\"start_seconds\": \"start\"}"),
                new Route("PUT", "/api/video_segments/{id}", "coach", "{\"end_seconds\": []}"),
                new Route("POST", "/api/analysis_reports", "coach", "{\"title\": {}}"),
                new Route("PUT", "/api/analysis_reports/{id}", "coach", "{\"status\": []}"),
                new Route("POST", "/api/matches/{id}/notes", "coach", "{\"video_timestamp\": \"now\"}"),
                new Route("POST", "/api/reunions", "owner", "{\"title\": \"T\", \"date\": 5}"),
                new Route("POST", "/api/training_sessions", "owner", "{\"title\": \"T\", \"date\": []}"));
    }

    static List<Route> reads() {
        List<Route> routes = new ArrayList<>();
        for (String path : List.of("/api/teams/{id}", "/api/players/{id}", "/api/staff/{id}", "/api/formations/{id}",
                "/api/events/{id}", "/api/matches/{id}", "/api/matches/{id}/details",
                "/api/matches/{id}/team_statistics", "/api/match_events/{id}", "/api/match_lineups/{id}",
                "/api/player_match_statistics/{id}", "/api/player_match_statistics/player/{id}",
                "/api/video_segments/{id}", "/api/analysis_reports/{id}", "/api/matches/{id}/notes",
                "/api/match_events?match_id={id}", "/api/match_lineups?match_id={id}",
                "/api/player_match_statistics?match_id={id}", "/api/video_segments?match_id={id}",
                "/api/analysis_reports?match_id={id}")) {
            routes.add(new Route("GET", path, "coach", ""));
        }
        for (String path : List.of("/api/teams/{id}", "/api/players/{id}", "/api/staff/{id}", "/api/events/{id}",
                "/api/matches/{id}", "/api/reunions/{id}", "/api/training_sessions/{id}")) {
            routes.add(new Route("DELETE", path, "owner", ""));
        }
        for (String path : List.of("/api/formations/{id}", "/api/match_events/{id}", "/api/match_lineups/{id}",
                "/api/player_match_statistics/{id}", "/api/video_segments/{id}", "/api/analysis_reports/{id}",
                "/api/notes/{id}")) {
            routes.add(new Route("DELETE", path, "coach", ""));
        }
        routes.add(new Route("POST", "/api/matches/{id}/video-anchor/reset", "coach", ""));
        return routes;
    }

    @BeforeAll
    void newClub() {
        club = new Club(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void answersAMalformedBodyWith400(Route route) {
        HttpApi.Response response = send(route, "{\"name\": ", UUID.randomUUID().toString());

        assertThat(response.status()).as(response.body()).isIn(400, 404);
        assertThat(response.isProblem()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void answersAWrongTypeWith422(Route route) {
        HttpApi.Response response = send(route, route.wrongType(), UUID.randomUUID().toString());

        assertThat(response.status()).as(response.body()).isIn(422, 404);
        assertThat(response.isProblem()).isTrue();
        if (response.status() == 422) {
            assertThat(response.json().get("errors").isArray()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void answersAnUnknownIdOrReferenceWithoutAServerError(Route route) {
        String unknown = UUID.randomUUID().toString();
        String body = "{\"name\": \"N\", \"title\": \"T\", \"content\": \"C\", \"role\": \"physio\", "
                + "\"match_id\": \"" + unknown + "\", \"team_id\": \"" + unknown + "\", \"player_id\": \"" + unknown
                + "\", \"home_team_id\": \"" + unknown + "\", \"away_team_id\": \"" + club.teamId() + "\", "
                + "\"date_time\": \"2026-03-19T18:30:00\", \"date\": \"2026-03-19T18:30:00\", "
                + "\"video_anchor_seconds\": 1, \"event_type\": \"goal\", \"minute\": 1, "
                + "\"start_seconds\": 1, \"end_seconds\": 2}";

        HttpApi.Response response = send(route, body, unknown);

        // creations that refer to nothing (teams, formations, events) simply succeed
        assertThat(response.status()).as(response.body()).isIn(route.path().contains("{id}") ? List.of(404)
                : List.of(201, 404, 422));
        assertThat(response.status() == 201 || response.isProblem()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void answersAnUnknownIdWith404(Route route) {
        HttpApi.Response response = send(route, null, UUID.randomUUID().toString());

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    private HttpApi.Response send(Route route, String body, String id) {
        String token = switch (route.who()) {
            case "owner" -> club.owner.token();
            case "coach" -> club.coach.token();
            default -> throw new IllegalArgumentException(route.who());
        };
        return club.api.send(route.method(), route.path().replace("{id}", id), body,
                body == null ? null : "application/json", token);
    }
}
