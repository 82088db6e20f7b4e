package com.footballcoach.product.assistant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tactical_insights}: every analytical finding is kept once, keyed by the SHA-256 of its
 * definition (what was measured, of whom, and the values found), so asking again adds nothing and
 * new data adds a new row: the history tactical memory reads.
 */
@Repository
class InsightRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    InsightRepository(TimedJdbc jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc.client();
        this.json = json;
        this.clock = clock;
    }

    /** A finding to keep. {@code definition} identifies it; its hash deduplicates. */
    record NewInsight(String insightType, String subjectType, String subjectId, String subjectName,
            @Nullable String teamId, String summary, Map<String, Object> metrics, String definition) {

        String hash() {
            return sha256(definition);
        }
    }

    /** A kept finding; {@code delta} is its signed result (above or below the reference), when it has one. */
    record Insight(String id, String insightType, String subjectType, String subjectId, String subjectName,
            @Nullable String teamId, String summary, @Nullable Double delta, LocalDateTime createdAt) {
    }

    /** Stores the findings not stored yet, in one statement, and returns the ids of all of them, in order. */
    List<String> store(List<NewInsight> insights) {
        if (insights.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                INSERT INTO tactical_insights (id, insight_type, subject_type, subject_id, subject_name, team_id,
                                               summary, metrics, definition_hash, created_at, updated_at)
                VALUES """);
        List<Object> params = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        for (int i = 0; i < insights.size(); i++) {
            NewInsight insight = insights.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(UUID.randomUUID().toString(), insight.insightType(),
                    insight.subjectType(), insight.subjectId(), insight.subjectName(), insight.teamId(),
                    insight.summary(), json.writeValueAsString(insight.metrics()), insight.hash(), now, now));
        }
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        jdbc.sql(sql.toString()).params(params).update();
        List<String> hashes = insights.stream().map(NewInsight::hash).toList();
        Map<String, String> idByHash = new java.util.HashMap<>();
        jdbc.sql("SELECT id, definition_hash FROM tactical_insights WHERE definition_hash IN (:hashes)")
                .param("hashes", hashes)
                .query((rs, i) -> idByHash.put(rs.getString("definition_hash"), rs.getString("id"))).list();
        return hashes.stream().map(idByHash::get).toList();
    }

    /** Findings about the given players or formations of the given teams since {@code since}, newest first. */
    List<Insight> about(List<String> teamIds, List<String> playerIds, List<String> formationIds, LocalDateTime since) {
        if (teamIds.isEmpty() || (playerIds.isEmpty() && formationIds.isEmpty())) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, insight_type, subject_type, subject_id, subject_name, team_id, summary, metrics, created_at
                  FROM tactical_insights
                 WHERE team_id IN (:teams) AND created_at >= :since
                   AND ((subject_type = 'player' AND subject_id IN (:players))
                     OR (subject_type = 'formation' AND subject_id IN (:formations)))
                 ORDER BY created_at DESC, id
                 LIMIT 200
                """).param("teams", teamIds).param("since", since)
                .param("players", playerIds.isEmpty() ? List.of("-") : playerIds)
                .param("formations", formationIds.isEmpty() ? List.of("-") : formationIds)
                .query((rs, i) -> new Insight(rs.getString("id"), rs.getString("insight_type"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name"),
                        rs.getString("team_id"), rs.getString("summary"), delta(rs.getString("metrics")),
                        rs.getObject("created_at", LocalDateTime.class)))
                .list();
    }

    private @Nullable Double delta(@Nullable String metrics) {
        if (metrics == null) {
            return null;
        }
        JsonNode delta = json.readTree(metrics).get("delta");
        return delta == null || !delta.isNumber() ? null : delta.asDouble();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
