package com.footballcoach.launcher;

import static com.footballcoach.launcher.AccessMatrixIT.Who.ACCOUNT_MANAGER;
import static com.footballcoach.launcher.AccessMatrixIT.Who.ANALYST;
import static com.footballcoach.launcher.AccessMatrixIT.Who.ANONYMOUS;
import static com.footballcoach.launcher.AccessMatrixIT.Who.ASSISTANT_COACH;
import static com.footballcoach.launcher.AccessMatrixIT.Who.COACH;
import static com.footballcoach.launcher.AccessMatrixIT.Who.FOREIGN_COACH;
import static com.footballcoach.launcher.AccessMatrixIT.Who.INACTIVE;
import static com.footballcoach.launcher.AccessMatrixIT.Who.PLAYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of both apps, for anonymous callers, each app role, an inactive user and a coach of
 * another club, against the running platform. The table below is the source of truth, written
 * out role by role (not derived from the access rules it checks), and printed into
 * docs/access-matrix.md.
 */
class AccessMatrixIT {

    enum Who { ANONYMOUS, ACCOUNT_MANAGER, COACH, ASSISTANT_COACH, ANALYST, PLAYER, INACTIVE, FOREIGN_COACH }

    enum App { PRODUCT, ANALYSIS }

    private static final Set<Who> PUBLIC = EnumSet.allOf(Who.class);
    private static final Set<Who> ANY_USER = EnumSet.of(ACCOUNT_MANAGER, COACH, ASSISTANT_COACH, ANALYST, PLAYER,
            FOREIGN_COACH);
    private static final Set<Who> READ = ANY_USER;
    private static final Set<Who> MANAGERS = EnumSet.of(ACCOUNT_MANAGER);
    private static final Set<Who> FOOTBALL_WRITE = EnumSet.of(COACH, ASSISTANT_COACH, FOREIGN_COACH);
    private static final Set<Who> NOTES_READ = EnumSet.of(ACCOUNT_MANAGER, COACH, ASSISTANT_COACH, ANALYST, FOREIGN_COACH);
    private static final Set<Who> NOTES_WRITE = EnumSet.of(ACCOUNT_MANAGER, COACH, ANALYST, FOREIGN_COACH);
    private static final Set<Who> ANALYSIS_RUN = NOTES_READ;
    private static final Set<Who> DECIDERS = NOTES_READ;
    private static final Set<Who> ANCHOR = EnumSet.of(ACCOUNT_MANAGER, COACH, ASSISTANT_COACH, FOREIGN_COACH);
    private static final Set<Who> SEGMENT_DELETE = ANCHOR;
    private static final Set<Who> MATCH_IMPORT = ANCHOR;
    private static final Set<Who> MODE_SWITCH = EnumSet.of(ACCOUNT_MANAGER, COACH, FOREIGN_COACH);

    /** One route: where, what it sends, who may call it, and whether its path names our club's data. */
    record Route(App app, String method, String path, String body, Set<Who> allowed, boolean scoped) {
    }

    static final List<Route> ROUTES = new ArrayList<>();

    static {
        // public
        p("GET", "/", PUBLIC);
        p("GET", "/.well-known/jwks.json", PUBLIC);
        a("GET", "/.well-known/jwks.json", PUBLIC);
        p("POST", "/api/token", PUBLIC);
        p("POST", "/api/register", "{}", PUBLIC);
        p("GET", "/actuator/health", PUBLIC);
        p("GET", "/actuator/prometheus", PUBLIC);
        p("GET", "/v3/api-docs", PUBLIC);
        a("GET", "/healthz", PUBLIC);
        a("GET", "/v3/api-docs", PUBLIC);
        // accounts
        p("GET", "/api/users/me", ANY_USER);
        p("GET", "/api/users", MANAGERS);
        p("GET", "/api/users/{any}", MANAGERS);
        p("POST", "/api/users", "{}", MANAGERS);
        p("PUT", "/api/users/{any}", "{}", MANAGERS);
        p("DELETE", "/api/users/{any}", MANAGERS);
        p("POST", "/api/staff/create_with_account", "{}", MANAGERS);
        // club administration
        for (String resource : List.of("teams", "players", "staff", "events")) {
            p("GET", "/api/" + resource, READ);
            p("GET", "/api/" + resource + "/{any}", READ);
            p("POST", "/api/" + resource, "{}", MANAGERS);
            p("PUT", "/api/" + resource + "/{any}", "{}", MANAGERS);
            p("DELETE", "/api/" + resource + "/{any}", MANAGERS);
        }
        scoped(App.PRODUCT, "GET", "/api/teams/{team}", "", READ);
        p("GET", "/api/teams/by_name/Nobody", READ);
        p("POST", "/api/teams/{any}/upload_logo", MANAGERS);
        p("POST", "/api/players/{any}/upload_image", MANAGERS);
        p("GET", "/api/matches", READ);
        p("POST", "/api/matches", "{}", MANAGERS);
        p("PUT", "/api/matches/{any}", "{}", MANAGERS);
        p("DELETE", "/api/matches/{any}", MANAGERS);
        // a JSON body: the route exists and lets the caller in, then answers 415 (it takes multipart)
        p("POST", "/api/matches/import", "{}", MATCH_IMPORT);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}", "", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/details", "", READ);
        scoped(App.PRODUCT, "POST", "/api/matches/{match}/video-anchor", "{\"video_anchor_seconds\": 12}", ANCHOR);
        scoped(App.PRODUCT, "POST", "/api/matches/{match}/video-anchor/reset", "null", ANCHOR);
        for (String resource : List.of("reunions", "training_sessions")) {
            p("GET", "/api/" + resource, READ);
            p("POST", "/api/" + resource, "{}", MANAGERS);
            p("DELETE", "/api/" + resource + "/{any}", MANAGERS);
        }
        // football data entry
        for (String resource : List.of("match_events", "match_lineups", "player_match_statistics", "formations",
                "video_segments", "analysis_reports")) {
            p("GET", "/api/" + resource, READ);
            p("POST", "/api/" + resource, "{}", FOOTBALL_WRITE);
            p("PUT", "/api/" + resource + "/{any}", "{}", FOOTBALL_WRITE);
            p("DELETE", "/api/" + resource + "/{any}", FOOTBALL_WRITE);
        }
        p("GET", "/api/player_match_statistics/player/{any}", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/team_statistics", "", READ);
        // notes
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/notes", "", NOTES_READ);
        scoped(App.PRODUCT, "POST", "/api/matches/{match}/notes",
                "{\"content\": \"Matrix\", \"note_type\": \"tactical\", \"video_timestamp\": 1}", NOTES_WRITE);
        p("DELETE", "/api/notes/{any}", NOTES_WRITE);
        // assistant
        p("POST", "/api/assistant/query", "{}", ANY_USER);
        p("GET", "/api/assistant/mode", ANY_USER);
        p("POST", "/api/assistant/mode", "{}", MODE_SWITCH);
        // tactical alerts and decisions
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/alerts", "", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/decision_review", "", READ);
        scoped(App.PRODUCT, "POST", "/api/matches/{match}/alerts/{any}/feedback?feedback=accepted", "", DECIDERS);
        p("GET", "/api/matches/{any}/alerts/{any}/advisory", READ);
        p("POST", "/api/decision/feedback", "{}", DECIDERS);
        p("POST", "/decision/feedback", "{}", DECIDERS);
        p("GET", "/api/decision/metrics", READ);
        p("GET", "/decision/metrics", READ);
        // detection runs in the tracking engine: the route checks the caller and the image, then answers 501
        p("POST", "/api/detect", ANY_USER);
        // exports
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/timeline.xml", "", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/timeline.csv", "", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/timeline.json", "", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/report.pdf", "", READ);
        // analysis, on the product API (legacy, match-scoped) and on the analysis API
        p("POST", "/api/matches/{any}/analyze", ANALYSIS_RUN);
        p("GET", "/api/analysis/{any}/status", READ);
        scoped(App.PRODUCT, "GET", "/api/matches/{match}/analysis", "", READ);
        a("POST", "/api/analyze_match", ANALYSIS_RUN);
        scoped(App.ANALYSIS, "GET", "/api/analysis_status/{run}", "", READ);
        a("GET", "/api/analysis_history", READ);
        a("DELETE", "/api/analysis_history/{any}", ANALYSIS_RUN);
        scoped(App.ANALYSIS, "POST", "/api/analysis/{run}/cancel", "", ANALYSIS_RUN);
        scoped(App.ANALYSIS, "POST", "/api/analysis/{run}/retry", "", ANALYSIS_RUN);
        a("POST", "/api/analysis/stale-detection", ANALYSIS_RUN);
        scoped(App.ANALYSIS, "GET", "/api/analysis/{run}/segments", "", READ);
        scoped(App.ANALYSIS, "DELETE", "/api/analysis/{run}/segments", "", SEGMENT_DELETE);
        scoped(App.ANALYSIS, "GET", "/api/matches/{match}/segments", "", READ);
        scoped(App.ANALYSIS, "DELETE", "/api/matches/{match}/segments", "", SEGMENT_DELETE);
        a("GET", "/api/analysis/files?path=none.json", READ);
        a("GET", "/api/analysis/stream?path=none.mp4", READ);
        a("GET", "/api/analysis/files/json?path=none.json", READ);
        scoped(App.ANALYSIS, "GET", "/api/analysis/{run}/files", "", READ);
        // webhooks: account managers
        p("GET", "/api/webhooks", MANAGERS);
        p("POST", "/api/webhooks", "{}", MANAGERS);
        p("GET", "/api/webhooks/{webhook}", MANAGERS);
        p("GET", "/api/webhooks/{webhook}/deliveries", MANAGERS);
        p("POST", "/api/webhooks/{webhook}/deliveries/{delivery}/redeliver", MANAGERS);
        p("DELETE", "/api/webhooks/{any}", MANAGERS);
    }

    static Map<Who, String> tokens = new EnumMap<>(Who.class);
    static String teamId;
    static String matchId;
    static String runId;
    static String webhookId;
    static String deliveryId;

    @BeforeAll
    static void signInEveryone() {
        RunningPlatform platform = RunningPlatform.get();
        HttpApi api = platform.product;
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        TestAccounts.Club other = TestAccounts.in(platform.database, TestAccounts::newClub);
        teamId = club.teamId();
        matchId = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        // an ended analysis run of our match with stored segments: the run routes meet a real run
        runId = TestAccounts.in(platform.database, () -> {
            String run = LiveFixtures.newRun(club, matchId, "COMPLETED");
            LiveFixtures.newSegment(run, matchId, 0, 0.4);
            LiveFixtures.newSegment(run, matchId, 1, 0.6);
            return run;
        });
        // a webhook endpoint of our club with one delivery (to a name that never resolves)
        webhookId = UUID.randomUUID().toString();
        deliveryId = UUID.randomUUID().toString();
        TestAccounts.in(platform.database, () -> {
            TestAccounts.execute("INSERT INTO webhook_endpoints (id, club_id, url, events, secret, created_at)"
                    + " VALUES (?, ?, 'https://hook.invalid/', 'run.completed', 'whsec_AAAA', CURRENT_TIMESTAMP(6))",
                    webhookId, club.ownerId());
            TestAccounts.execute("INSERT INTO webhook_deliveries (id, endpoint_id, event_key, event_type, payload,"
                    + " status, next_attempt_at, created_at) VALUES (?, ?, 'k', 'run.completed', '{}', 'delivered',"
                    + " CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))", deliveryId, webhookId);
            return null;
        });
        tokens.put(ACCOUNT_MANAGER, api.login(club.ownerEmail(), TestAccounts.PASSWORD));
        tokens.put(COACH, api.login(club.coachEmail(), TestAccounts.PASSWORD));
        tokens.put(ASSISTANT_COACH, api.login(club.assistantEmail(), TestAccounts.PASSWORD));
        tokens.put(ANALYST, api.login(club.analystEmail(), TestAccounts.PASSWORD));
        tokens.put(PLAYER, api.login(club.playerEmail(), TestAccounts.PASSWORD));
        tokens.put(FOREIGN_COACH, api.login(other.coachEmail(), TestAccounts.PASSWORD));
        tokens.put(INACTIVE, api.login(club.physioEmail(), TestAccounts.PASSWORD));
        TestAccounts.in(platform.database, () -> {
            TestAccounts.execute("UPDATE users SET is_active = FALSE WHERE email = ?", club.physioEmail());
            return null;
        });
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/users/me", tokens.get(INACTIVE)).status() == 401);
    }

    @Test
    void everyRouteAnswersEachCallerAsTheTableSays() {
        RunningPlatform platform = RunningPlatform.get();
        List<String> failures = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Who who : Who.values()) {
                String expected = expected(route, who);
                HttpApi api = route.app() == App.PRODUCT ? platform.product : platform.analysis;
                String path = route.path().replace("{team}", teamId).replace("{match}", matchId)
                        .replace("{run}", runId).replace("{webhook}", webhookId).replace("{delivery}", deliveryId)
                        .replace("{any}", UUID.randomUUID().toString());
                String contentType = route.path().equals("/api/token") ? "application/x-www-form-urlencoded"
                        : route.body().isEmpty() ? null : "application/json";
                HttpApi.Response response = api.send(route.method(), path, route.body().isEmpty() ? null : route.body(),
                        contentType, who == ANONYMOUS ? null : tokens.get(who));
                if (!matches(expected, response)) {
                    failures.add(route.app() + " " + route.method() + " " + route.path() + " as " + who + ": expected "
                            + expected + ", got " + response.status() + " " + abbreviate(response.body()));
                }
            }
        }
        assertThat(failures).as("%d routes x %d callers", ROUTES.size(), Who.values().length).isEmpty();
    }

    /** The matrix fails for a missing route: the answers that say so are told from an unknown id's 404. */
    @Test
    void tellsAMissingRouteFromAnUnknownId() {
        RunningPlatform platform = RunningPlatform.get();
        String manager = tokens.get(ACCOUNT_MANAGER);

        // paths the rules let through but no handler serves, for the path or for the method
        HttpApi.Response noHandler = platform.analysis.get("/api/analysis/" + runId + "/no-such-route", manager);
        HttpApi.Response noMethod = platform.product.delete("/api/matches/" + matchId + "/details", manager);
        // a route that exists, asked for an id nobody has
        HttpApi.Response unknownId = platform.analysis.get("/api/analysis_status/" + UUID.randomUUID(), manager);

        assertThat(noHandler.status()).isEqualTo(404);
        assertThat(routeMissing(noHandler)).as(noHandler.body()).isTrue();
        assertThat(noMethod.status()).isEqualTo(405);
        assertThat(routeMissing(noMethod)).isTrue();
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(routeMissing(unknownId)).as(unknownId.body()).isFalse();
        assertThat(matches("allowed", unknownId)).isTrue();
        assertThat(matches("allowed", noHandler)).isFalse();
        assertThat(matches("allowed", noMethod)).isFalse();
    }

    @Test
    void accessMatrixDocumentIsPrintedFromTheTable() throws Exception {
        Path doc = Path.of("..", "docs", "access-matrix.md");
        String expected = render();
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(doc, expected);
        }
        assertThat(Files.readString(doc)).as("docs/access-matrix.md is stale: rerun with -Ddocs.write=true")
                .isEqualTo(expected);
    }

    /** allowed (see {@link #matches}), 401, 403, or 404 (another club's data). */
    static String expected(Route route, Who who) {
        if (route.allowed() == PUBLIC) {
            return who == INACTIVE ? "401" : "allowed";
        }
        if (who == ANONYMOUS || who == INACTIVE) {
            return "401";
        }
        if (!route.allowed().contains(who)) {
            return "403";
        }
        return who == FOREIGN_COACH && route.scoped() ? "404" : "allowed";
    }

    /**
     * Whether the answer is the expected one. Allowed means the route exists and let the caller in:
     * any answer but 401, 403 and 5xx, and not one that says the route is missing ({@link #routeMissing}).
     */
    static boolean matches(String expected, HttpApi.Response response) {
        int status = response.status();
        return switch (expected) {
            case "allowed" -> status != 401 && status != 403 && status < 500 && !routeMissing(response);
            case "404" -> status == 404 && !routeMissing(response);
            default -> status == Integer.parseInt(expected);
        };
    }

    /**
     * Whether the answer says that no route serves this method and path: a 405, or a 404 that is not
     * the problem body of an unknown id ({@code NotFound}: "Match not found.", "Analysis not found.", …)
     * but Spring's answer to a path no handler maps ("No such resource.", "No endpoint …").
     */
    static boolean routeMissing(HttpApi.Response response) {
        if (response.status() == 405) {
            return true;
        }
        if (response.status() != 404) {
            return false;
        }
        return !response.isProblem() || !response.json().get("detail").asString().endsWith(" not found.");
    }

    static String render() {
        StringBuilder doc = new StringBuilder("# Access matrix (generated)\n\n");
        doc.append("Printed from the table of `AccessMatrixIT`, which checks every cell over HTTP against the running ")
                .append("platform. `ok` = allowed: any answer but 401/403/405/5xx, and a 404 only as the problem ")
                .append("body of an unknown id (\"… not found.\"), never Spring's 404 for a path no route serves; ")
                .append("`401`, `403`, `404` = another club's data. Inactive = a deactivated account's token; foreign ")
                .append("coach = the head coach of another club. Paths with `{match}`/`{team}`/`{run}` name our club's ")
                .append("match/team/ended analysis run (with stored segments), `{webhook}`/`{delivery}` our club's ")
                .append("webhook endpoint and one of its deliveries; `{any}` is an unknown id.\n\n");
        doc.append(ROUTES.size()).append(" routes x ").append(Who.values().length).append(" callers = ")
                .append(ROUTES.size() * Who.values().length).append(" checks.\n\n");
        doc.append("| App | Method | Path |");
        for (Who who : Who.values()) {
            doc.append(' ').append(who.name().toLowerCase().replace('_', ' ')).append(" |");
        }
        doc.append("\n|---|---|---|").append("---|".repeat(Who.values().length)).append('\n');
        for (Route route : ROUTES) {
            doc.append("| ").append(route.app() == App.PRODUCT ? ":8000" : ":8001").append(" | ").append(route.method())
                    .append(" | `").append(route.path()).append("` |");
            for (Who who : Who.values()) {
                String cell = expected(route, who);
                doc.append(' ').append(cell.equals("allowed") ? "ok" : cell).append(" |");
            }
            doc.append('\n');
        }
        return doc.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private static void p(String method, String path, Set<Who> allowed) {
        ROUTES.add(new Route(App.PRODUCT, method, path, "", allowed, false));
    }

    private static void p(String method, String path, String body, Set<Who> allowed) {
        ROUTES.add(new Route(App.PRODUCT, method, path, body, allowed, false));
    }

    private static void a(String method, String path, Set<Who> allowed) {
        ROUTES.add(new Route(App.ANALYSIS, method, path, "", allowed, false));
    }

    private static void scoped(App app, String method, String path, String body, Set<Who> allowed) {
        ROUTES.add(new Route(app, method, path, body, allowed, true));
    }
}
