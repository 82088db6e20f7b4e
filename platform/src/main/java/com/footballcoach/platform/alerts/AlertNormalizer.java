package com.footballcoach.platform.alerts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an engine alert into the stored form: decision_id falls back to alert_id; match_time
 * comes from the extras, else from the timestamp ("MM:SS" → seconds, "MM:SS-MM:SS" → its start,
 * a number → seconds, anything else → null);
 * recommended_action falls back to action; severity 0, label LOW, decision type NONE and status
 * ACTIVE when absent.
 */
final class AlertNormalizer {

    private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,3}):(\\d{1,2})(?:\\.\\d+)?");
    private static final Pattern SECONDS = Pattern.compile("^\\s*(\\d{1,6}(?:\\.\\d+)?)\\s*$");

    private final JsonMapper json;

    AlertNormalizer(JsonMapper json) {
        this.json = json;
    }

    StoredAlert normalize(String matchId, @Nullable String analysisId, AlertReport report) {
        JsonNode extras = extras(report.extrasJson());
        String timestamp = text(report.timestamp(), "");
        Double matchTime = extras.hasNonNull("match_time") && extras.get("match_time").isNumber()
                ? Double.valueOf(extras.get("match_time").asDouble()) : secondsOf(timestamp);
        String action = text(report.action(), "");
        return new StoredAlert(report.alertId(),
                text(textField(extras, "decision_id"), report.alertId()),
                matchId, analysisId, timestamp, matchTime,
                report.severityScore() == null ? 0 : report.severityScore(),
                text(report.severityLabel(), "LOW"),
                text(report.category(), ""),
                text(report.decisionType(), "NONE"),
                text(report.status(), "ACTIVE"),
                action, report.reviewCountdown(), report.categoryTriggerCount(),
                textField(extras, "trigger_metric"),
                orElse(textField(extras, "recommended_action"), action.isEmpty() ? null : action));
    }

    /** "MM:SS" → seconds; "MM:SS-MM:SS" → the start; a number → seconds; anything else → null. */
    static @Nullable Double secondsOf(String timestamp) {
        Matcher seconds = SECONDS.matcher(timestamp);
        if (seconds.find()) {
            return Double.parseDouble(seconds.group(1));
        }
        Matcher m = TIME.matcher(timestamp);
        if (!m.find()) {
            return null;
        }
        return Integer.parseInt(m.group(1)) * 60.0 + Integer.parseInt(m.group(2));
    }

    private JsonNode extras(@Nullable String text) {
        if (text == null || text.isBlank() || !text.trim().startsWith("{")) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    private static @Nullable String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String text(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static @Nullable String orElse(@Nullable String value, @Nullable String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
