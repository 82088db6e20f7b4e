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
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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
        // image detection: the original's open route, now for signed-in users (it answers 501: the engine detects)
        post(r, "/api/detect", authenticated());

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

        // stored analysis segments: football data entry, and account managers (as the original allowed)
        delete(r, "/api/analysis/*/segments", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));
        delete(r, "/api/matches/*/segments", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));

        // the video anchor: football data entry, and account managers (who alone may force it)
        post(r, "/api/matches/*/video-anchor", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));
        post(r, "/api/matches/*/video-anchor/reset", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));

        // match import (provider event data): football data entry, and account managers (it creates a match and
        // may create the opponent, as they do)
        post(r, "/api/matches/import", permission(FOOTBALL_WRITE).orRole(ACCOUNT_MANAGER));

        // football data entry
        for (String resource : List.of("/api/formations", "/api/match_events", "/api/match_lineups",
                "/api/player_match_statistics", "/api/video_segments", "/api/analysis_reports")) {
            writes(r, resource, permission(FOOTBALL_WRITE));
        }
        writes(r, "/api/matches/*/team_statistics", permission(FOOTBALL_WRITE));

        // webhooks: account managers only
        get(r, "/api/webhooks", CLUB_ADMIN);
        get(r, "/api/webhooks/**", CLUB_ADMIN);
        writes(r, "/api/webhooks", CLUB_ADMIN);

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
        return ruleFor(method, PathContainer.parsePath(path));
    }

    /**
     * The rule that decides a request to this path (within the application, as Spring MVC routes
     * it), or empty when none matches. Each rule's pattern is parsed once; a rule whose literal
     * start the decoded path does not begin with is passed over without running its pattern.
     */
    public static @Nullable Rule ruleFor(HttpMethod method, PathContainer path) {
        String decoded = decoded(path);
        for (Compiled rule : COMPILED) {
            if ((rule.rule().method() == null || rule.rule().method().equals(method))
                    && decoded.startsWith(rule.literalStart()) && rule.pattern().matches(path)) {
                return rule.rule();
            }
        }
        return null;
    }

    /** The path as patterns compare it: each segment decoded, without its path parameters. */
    private static String decoded(PathContainer path) {
        StringBuilder decoded = new StringBuilder(path.value().length());
        for (PathContainer.Element element : path.elements()) {
            decoded.append(element instanceof PathContainer.PathSegment segment ? segment.valueToMatch()
                    : element.value());
        }
        return decoded.toString();
    }

    private static final List<Compiled> COMPILED = RULES.stream().map(Compiled::of).toList();

    /** A rule with its parsed pattern and the literal text every path it matches starts with. */
    private record Compiled(Rule rule, PathPattern pattern, String literalStart) {

        static Compiled of(Rule rule) {
            String text = rule.pattern();
            int wildcard = text.length();
            for (char c : new char[] {'*', '?', '{'}) {
                int at = text.indexOf(c);
                if (at >= 0 && at < wildcard) {
                    wildcard = at;
                }
            }
            return new Compiled(rule, PathPatternParser.defaultInstance.parse(text), text.substring(0, wildcard));
        }
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
