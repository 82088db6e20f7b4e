package com.footballcoach.platform.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code webhook_endpoints}, {@code webhook_deliveries} (the outbox) and
 * {@code webhook_attempts} (the delivery log). Every time is passed in (UTC), never taken from the
 * database's clock, so that the injected clock decides.
 */
@Repository
class WebhookRepository {

    /** An endpoint as stored. */
    record Endpoint(String id, String clubId, String url, String events, boolean enabled, int consecutiveFailures,
            @Nullable Instant disabledAt, @Nullable String disabledReason, Instant createdAt) {
    }

    /** A delivery as the log shows it. */
    record Delivery(String id, String endpointId, String eventKey, String eventType, String payload, String status,
            int attempts, Instant nextAttemptAt, @Nullable Instant firstAttemptAt, @Nullable Instant lastAttemptAt,
            @Nullable Integer lastStatusCode, @Nullable String lastError, Instant createdAt,
            @Nullable Instant deliveredAt) {
    }

    /** A delivery claimed for sending, with what sending it needs. */
    record Claimed(String id, String endpointId, String eventType, String payload, int attempts,
            @Nullable Instant firstAttemptAt, String url, String secret) {
    }

    /** One attempt of the log. */
    record Attempt(String deliveryId, int attempt, Instant attemptedAt, @Nullable Integer statusCode,
            @Nullable String error, long durationMs) {
    }

    /** The clubs (account manager ids) of a user: their own club, or the owner of their team. */
    private static final String CLUB_OF_USER = """
            SELECT u.id FROM users u WHERE u.id = :user AND u.user_type = 'owner'
            UNION SELECT t.user_id FROM staff s JOIN teams t ON t.id = s.team_id WHERE s.user_id = :user
            """;

    /** The clubs that may see a run (as ClubScope.canAccessRun): its team's and its submitter's. */
    private static final String CLUBS_OF_RUN = """
            SELECT t.user_id FROM analysis_runs r JOIN teams t ON t.id = r.team_id WHERE r.id = :run
            UNION SELECT u.id FROM analysis_runs r JOIN users u ON u.id = r.user_id
                   WHERE r.id = :run AND u.user_type = 'owner'
            UNION SELECT t.user_id FROM analysis_runs r JOIN staff s ON s.user_id = r.user_id
                    JOIN teams t ON t.id = s.team_id WHERE r.id = :run
            """;

    /** The clubs that may see a match key (as ClubScope.canAccessMatchKey): the fixture's sides, the runs' clubs. */
    private static final String CLUBS_OF_MATCH_KEY = """
            SELECT t.user_id FROM matches m JOIN teams t ON t.id = m.home_team_id OR t.id = m.away_team_id
             WHERE m.id = :match
            UNION SELECT t.user_id FROM analysis_runs r JOIN teams t ON t.id = r.team_id WHERE r.match_id = :match
            UNION SELECT u.id FROM analysis_runs r JOIN users u ON u.id = r.user_id
                   WHERE r.match_id = :match AND u.user_type = 'owner'
            UNION SELECT t.user_id FROM analysis_runs r JOIN staff s ON s.user_id = r.user_id
                    JOIN teams t ON t.id = s.team_id WHERE r.match_id = :match
            """;

    private static final String ENQUEUE = """
            INSERT INTO webhook_deliveries (id, endpoint_id, event_key, event_type, payload, status, attempts,
                                            next_attempt_at, created_at)
            SELECT UUID(), e.id, :key, :type, :payload, 'pending', 0, :now, :now
              FROM webhook_endpoints e
             WHERE e.enabled = TRUE AND FIND_IN_SET(:type, e.events) > 0 AND e.club_id IN (%s)
            ON DUPLICATE KEY UPDATE attempts = webhook_deliveries.attempts
            """;

    private static final String ENDPOINT_COLUMNS = """
            id, club_id, url, events, enabled, consecutive_failures, disabled_at, disabled_reason, created_at""";

    private static final String DELIVERY_COLUMNS = """
            id, endpoint_id, event_key, event_type, payload, status, attempts, next_attempt_at, first_attempt_at,
            last_attempt_at, last_status_code, last_error, created_at, delivered_at""";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- endpoints

    int insertEndpoint(String id, String clubId, String url, String events, String secret, Instant now) {
        return jdbc.sql("""
                INSERT INTO webhook_endpoints (id, club_id, url, events, secret, enabled, consecutive_failures,
                                               created_at)
                VALUES (:id, :club, :url, :events, :secret, TRUE, 0, :now)
                """).param("id", id).param("club", clubId).param("url", url).param("events", events)
                .param("secret", secret).param("now", utc(now)).update();
    }

    List<Endpoint> findAllEndpointsByClub(String clubId) {
        return jdbc.sql("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE club_id = :club"
                + " ORDER BY created_at, id").param("club", clubId).query(WebhookRepository::endpoint).list();
    }

    Optional<Endpoint> findEndpoint(String id, String clubId) {
        return jdbc.sql("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE id = :id AND club_id = :club")
                .param("id", id).param("club", clubId).query(WebhookRepository::endpoint).optional();
    }

    int deleteEndpoint(String id, String clubId) {
        return jdbc.sql("DELETE FROM webhook_endpoints WHERE id = :id AND club_id = :club")
                .param("id", id).param("club", clubId).update();
    }

    int enableEndpoint(String id) {
        return jdbc.sql("""
                UPDATE webhook_endpoints
                   SET enabled = TRUE, consecutive_failures = 0, disabled_at = NULL, disabled_reason = NULL
                 WHERE id = :id
                """).param("id", id).update();
    }

    int resetFailures(String endpointId) {
        return jdbc.sql("UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = :id AND consecutive_failures > 0")
                .param("id", endpointId).update();
    }

    /** Counts a failed attempt; disables the endpoint when it reaches {@code max} or {@code exhausted}. */
    int countFailure(String endpointId, int max, boolean exhausted, String reason, Instant now) {
        jdbc.sql("UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = :id")
                .param("id", endpointId).update();
        return jdbc.sql("""
                UPDATE webhook_endpoints
                   SET enabled = FALSE, disabled_at = :now, disabled_reason = :reason
                 WHERE id = :id AND enabled = TRUE AND (consecutive_failures >= :max OR :exhausted)
                """).param("id", endpointId).param("max", max).param("exhausted", exhausted)
                .param("reason", reason).param("now", utc(now)).update();
    }

    // --- the outbox

    int enqueueForClub(String clubId, String eventKey, String type, String payload, Instant now) {
        return enqueue(":club", eventKey, type, payload, now).param("club", clubId).update();
    }

    int enqueueForUser(String userId, String eventKey, String type, String payload, Instant now) {
        return enqueue(CLUB_OF_USER, eventKey, type, payload, now).param("user", userId).update();
    }

    int enqueueForRun(String runId, String eventKey, String type, String payload, Instant now) {
        return enqueue(CLUBS_OF_RUN, eventKey, type, payload, now).param("run", runId).update();
    }

    int enqueueForMatchKey(String matchKey, String eventKey, String type, String payload, Instant now) {
        return enqueue(CLUBS_OF_MATCH_KEY, eventKey, type, payload, now).param("match", matchKey).update();
    }

    private JdbcClient.StatementSpec enqueue(String clubs, String eventKey, String type, String payload, Instant now) {
        return jdbc.sql(ENQUEUE.formatted(clubs)).param("key", eventKey).param("type", type)
                .param("payload", payload).param("now", utc(now));
    }

    /**
     * Leases up to {@code max} due deliveries of enabled endpoints to {@code owner} until
     * {@code until}, in one atomic statement: of several instances claiming at once, each
     * delivery goes to one. A lease that ran out (its instance died) is claimed again.
     */
    int claim(String owner, Instant now, Instant until, int max) {
        return jdbc.sql("""
                UPDATE webhook_deliveries
                   SET claimed_by = :owner, claimed_until = :until
                 WHERE status = 'pending' AND next_attempt_at <= :now
                   AND (claimed_until IS NULL OR claimed_until < :now)
                   AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE enabled = TRUE)
                 ORDER BY next_attempt_at
                 LIMIT :max
                """).param("owner", owner).param("now", utc(now)).param("until", utc(until)).param("max", max)
                .update();
    }

    List<Claimed> findAllClaimed(String owner) {
        return jdbc.sql("""
                SELECT d.id, d.endpoint_id, d.event_type, d.payload, d.attempts, d.first_attempt_at, e.url, e.secret
                  FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                 WHERE d.claimed_by = :owner AND d.status = 'pending'
                 ORDER BY d.next_attempt_at
                """).param("owner", owner).query((rs, n) -> new Claimed(rs.getString("id"),
                        rs.getString("endpoint_id"), rs.getString("event_type"), rs.getString("payload"),
                        rs.getInt("attempts"), instant(rs, "first_attempt_at"), rs.getString("url"),
                        rs.getString("secret"))).list();
    }

    int insertAttempt(Attempt attempt) {
        return jdbc.sql("""
                INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
                VALUES (:delivery, :attempt, :at, :code, :error, :ms)
                """).param("delivery", attempt.deliveryId()).param("attempt", attempt.attempt())
                .param("at", utc(attempt.attemptedAt())).param("code", attempt.statusCode())
                .param("error", attempt.error()).param("ms", attempt.durationMs()).update();
    }

    /**
     * Stores the outcome of an attempt, if the lease is still the caller's: {@code delivered}, or
     * {@code pending} again at {@code nextAttemptAt}, or {@code failed} when that is null.
     */
    int storeOutcome(String id, String owner, Instant at, String status, @Nullable Instant nextAttemptAt,
            @Nullable Integer statusCode, @Nullable String error) {
        return jdbc.sql("""
                UPDATE webhook_deliveries
                   SET status = :status, attempts = attempts + 1,
                       first_attempt_at = COALESCE(first_attempt_at, :at), last_attempt_at = :at,
                       next_attempt_at = COALESCE(:next, next_attempt_at),
                       last_status_code = :code, last_error = :error,
                       delivered_at = CASE WHEN :status = 'delivered' THEN :at ELSE delivered_at END,
                       claimed_by = NULL, claimed_until = NULL
                 WHERE id = :id AND claimed_by = :owner
                """).param("id", id).param("owner", owner).param("at", utc(at)).param("status", status)
                .param("next", nextAttemptAt == null ? null : utc(nextAttemptAt)).param("code", statusCode)
                .param("error", error).update();
    }

    List<Delivery> findAllDeliveriesByEndpoint(String endpointId, int limit) {
        return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE endpoint_id = :endpoint"
                + " ORDER BY created_at DESC, id LIMIT :limit").param("endpoint", endpointId).param("limit", limit)
                .query(WebhookRepository::delivery).list();
    }

    Optional<Delivery> findDelivery(String id, String endpointId) {
        return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE id = :id"
                + " AND endpoint_id = :endpoint").param("id", id).param("endpoint", endpointId)
                .query(WebhookRepository::delivery).optional();
    }

    List<Attempt> findAllAttempts(Collection<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT delivery_id, attempt, attempted_at, status_code, error, duration_ms
                  FROM webhook_attempts WHERE delivery_id IN (:ids) ORDER BY delivery_id, attempt, id
                """).param("ids", deliveryIds).query((rs, n) -> new Attempt(rs.getString("delivery_id"),
                        rs.getInt("attempt"), instant(rs, "attempted_at"), rs.getObject("status_code", Integer.class),
                        rs.getString("error"), rs.getLong("duration_ms"))).list();
    }

    /** Puts a delivery back in the queue, due now, with a new retry window; not while it is being sent. */
    int requeue(String id, String endpointId, Instant now) {
        return jdbc.sql("""
                UPDATE webhook_deliveries
                   SET status = 'pending', next_attempt_at = :now, first_attempt_at = NULL, delivered_at = NULL,
                       claimed_by = NULL, claimed_until = NULL
                 WHERE id = :id AND endpoint_id = :endpoint AND (claimed_until IS NULL OR claimed_until < :now)
                """).param("id", id).param("endpoint", endpointId).param("now", utc(now)).update();
    }

    private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new Endpoint(rs.getString("id"), rs.getString("club_id"), rs.getString("url"), rs.getString("events"),
                rs.getBoolean("enabled"), rs.getInt("consecutive_failures"), instant(rs, "disabled_at"),
                rs.getString("disabled_reason"), instant(rs, "created_at"));
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("endpoint_id"), rs.getString("event_key"),
                rs.getString("event_type"), rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "first_attempt_at"), instant(rs, "last_attempt_at"),
                rs.getObject("last_status_code", Integer.class), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "delivered_at"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
