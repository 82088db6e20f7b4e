package com.footballcoach.platform.identity;

import static com.footballcoach.platform.identity.Access.anonymousAccess;
import static com.footballcoach.platform.identity.Access.authenticated;
import static com.footballcoach.platform.identity.Access.permission;
import static com.footballcoach.platform.identity.Access.roles;
import static com.footballcoach.platform.identity.AppRole.ACCOUNT_MANAGER;
import static com.footballcoach.platform.identity.AppRole.ANALYST;
import static com.footballcoach.platform.identity.AppRole.ASSISTANT_COACH;
import static com.footballcoach.platform.identity.AppRole.COACH;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_CREATE;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_DELETE;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_READ;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_UPDATE;
import static com.footballcoach.platform.identity.Permission.ANALYSIS_RUN;
import static com.footballcoach.platform.identity.Permission.FOOTBALL_READ;
import static com.footballcoach.platform.identity.Permission.FOOTBALL_WRITE;
import static com.footballcoach.platform.identity.Permission.NOTES_READ;
import static com.footballcoach.platform.identity.Permission.NOTES_WRITE;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * The path rules of both apps, in one table: the first rule whose method and pattern match a
 * request decides; a request no rule matches is denied. Patterns are Spring path patterns
 * ({@code *} one segment, {@code **} the rest), matched whole — never by string prefix.
 * {@code docs/access.md} prints this table.
 */
public final class AccessPolicy {

    private static final Access CLUB_ADMIN = roles(ACCOUNT_MANAGER);
    private static final Access DECIDERS = roles(ACCOUNT_MANAGER, COACH, ASSISTANT_COACH, ANALYST);

    /** The rules, in matching order. */
    public static final List<Rule> RULES = build();

    private AccessPolicy() {
    }

    /** One row: a method ({@code null} = any) and a path pattern, and what it requires. */
    public record Rule(@Nullable HttpMethod method, String pattern, Access access) {
    }

    private static List<Rule> build() {
        List<Rule> r = new ArrayList<>();
        // public: sign-in, keys, docs, health, uploaded images, the live channels (they check the token themselves)
        any(r, "/error", anonymousAccess());
        get(r, "/", anonymousAccess());
        get(r, "/static/**", anonymousAccess());
        post(r, "/api/token", anonymousAccess());
        post(r, "/api/register", anonymousAccess());
        get(r, "/.well-known/jwks.json", anonymousAccess());
        get(r, "/healthz", anonymousAccess());
        get(r, "/actuator/health", anonymousAccess());
        get(r, "/actuator/health/**", anonymousAccess());
        get(r, "/actuator/prometheus", anonymousAccess());
        get(r, "/actuator/info", anonymousAccess());
        get(r, "/v3/api-docs", anonymousAccess());
        get(r, "/v3/api-docs/**", anonymousAccess());
        get(r, "/docs", anonymousAccess());
        get(r, "/docs/**", anonymousAccess());
        get(r, "/swagger-ui/**", anonymousAccess());
        get(r, "/swagger-ui.html", anonymousAccess());
        get(r, "/ws/alerts/*", anonymousAccess());

        // the signed-in user and the assistant: every active account
        get(r, "/api/users/me", authenticated());
        post(r, "/api/assistant/query", authenticated());
        get(r, "/api/assistant/mode", authenticated());
        post(r, "/api/assistant/mode", roles(ACCOUNT_MANAGER, COACH));

        // accounts
        get(r, "/api/users", permission(ACCOUNTS_READ));
        get(r, "/api/users/*", permission(ACCOUNTS_READ));
        post(r, "/api/users", permission(ACCOUNTS_CREATE));
        put(r, "/api/users/*", permission(ACCOUNTS_UPDATE));
        delete(r, "/api/users/*", permission(ACCOUNTS_DELETE));
        post(r, "/api/staff/create_with_account", permission(ACCOUNTS_CREATE));

        // notes: notes.read / notes.write, whatever the path prefix
        get(r, "/api/matches/*/notes", permission(NOTES_READ));
        post(r, "/api/matches/*/notes", permission(NOTES_WRITE));
        delete(r, "/api/notes/*", permission(NOTES_WRITE));

        // tactical decisions
        post(r, "/api/decision/feedback", DECIDERS);
        post(r, "/decision/feedback", DECIDERS);
        post(r, "/api/matches/*/alerts/*/feedback", DECIDERS);
        get(r, "/decision/metrics", permission(FOOTBALL_READ));

        // analysis runs: starting, retrying, cancelling, deleting
        post(r, "/api/matches/*/analyze", permission(ANALYSIS_RUN));
        post(r, "/api/analyze_match", permission(ANALYSIS_RUN));
        post(r, "/api/analysis/*/retry", permission(ANALYSIS_RUN));
        post(r, "/api/analysis/*/cancel", permission(ANALYSIS_RUN));
        post(r, "/api/analysis/stale-detection", permission(ANALYSIS_RUN));
        delete(r, "/api/analysis_history/*", permission(ANALYSIS_RUN));
        delete(r, "/api/analysis/*/segments", permission(ANALYSIS_RUN));
        delete(r, "/api/matches/*/segments", permission(ANALYSIS_RUN));

        // the video anchor: football data entry, and account managers (who alone may force it)
        post(r, "/api/matches/*/video-anchor", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));
        post(r, "/api/matches/*/video-anchor/reset", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));

        // football data entry
        for (String resource : List.of("/api/formations", "/api/match_events", "/api/match_lineups",
                "/api/player_match_statistics", "/api/video_segments", "/api/analysis_reports")) {
            writes(r, resource, permission(FOOTBALL_WRITE));
        }
        writes(r, "/api/matches/*/team_statistics", permission(FOOTBALL_WRITE));

        // club administration: account managers only
        for (String resource : List.of("/api/teams", "/api/players", "/api/staff", "/api/matches", "/api/events",
                "/api/reunions", "/api/training_sessions")) {
            writes(r, resource, CLUB_ADMIN);
        }

        // every other read of club and football data
        get(r, "/api/**", permission(FOOTBALL_READ));
        return List.copyOf(r);
    }

    /** The rule that decides a request, or empty when none matches (denied). */
    public static @Nullable Rule ruleFor(HttpMethod method, String path) {
        var parser = org.springframework.web.util.pattern.PathPatternParser.defaultInstance;
        var container = org.springframework.http.server.PathContainer.parsePath(path);
        for (Rule rule : RULES) {
            if ((rule.method() == null || rule.method().equals(method))
                    && parser.parse(rule.pattern()).matches(container)) {
                return rule;
            }
        }
        return null;
    }

    private static void writes(List<Rule> r, String resource, Access access) {
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            r.add(new Rule(method, resource, access));
            r.add(new Rule(method, resource + "/**", access));
        }
    }

    private static void get(List<Rule> r, String pattern, Access access) {
        r.add(new Rule(HttpMethod.GET, pattern, access));
        r.add(new Rule(HttpMethod.HEAD, pattern, access));
    }

    private static void post(List<Rule> r, String pattern, Access access) {
        r.add(new Rule(HttpMethod.POST, pattern, access));
    }

    private static void put(List<Rule> r, String pattern, Access access) {
        r.add(new Rule(HttpMethod.PUT, pattern, access));
    }

    private static void delete(List<Rule> r, String pattern, Access access) {
        r.add(new Rule(HttpMethod.DELETE, pattern, access));
    }

    private static void any(List<Rule> r, String pattern, Access access) {
        r.add(new Rule(null, pattern, access));
    }
}
