package com.footballcoach.product.alerts;

import com.footballcoach.platform.alerts.AlertAdvisories;
import com.footballcoach.platform.alerts.AlertHistory;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.product.assistant.CoachingWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The advisory of an alert: a short coaching recommendation written by the assistant's language
 * model from the alert and the match context, or by a deterministic template per decision type
 * when the model is off or fails. Written once and cached in the alert row.
 */
@Service
class AlertAdvisor {

    static final String INSTRUCTIONS = """
            You are the assistant coach on the bench. From the ALERT and MATCH CONTEXT below, write a \
            coaching recommendation of at most three short sentences: what is wrong, what to change now, \
            and what to watch next. Use only the facts given; quote numbers exactly.""";

    private final AlertHistory history;
    private final AlertAdvisories advisories;
    private final CoachingWriter writer;
    private final JsonMapper json;
    private final Clock clock;

    AlertAdvisor(AlertHistory history, AlertAdvisories advisories, CoachingWriter writer, JsonMapper json, Clock clock) {
        this.history = history;
        this.advisories = advisories;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
    }

    /** The advisory of an alert of an accessible match key (the caller checks the scope). */
    ObjectNode advisory(String matchKey, String alertId) {
        ObjectNode alert = history.find(matchKey, alertId).orElseThrow(() -> new NotFound("Alert"));
        Optional<String> cached = advisories.findCached(matchKey, alertId);
        if (cached.isPresent()) {
            ObjectNode node = (ObjectNode) json.readTree(cached.get());
            node.put("cached", true);
            return node;
        }
        String type = alert.get("decision_type").asString();
        JsonNode time = alert.get("match_time");
        AlertAdvisories.MatchContext context = advisories.context(matchKey, type, time.isNull() ? null : time.asDouble());
        String fallback = template(alert, context);
        CoachingWriter.Written written = writer.write(INSTRUCTIONS, contextText(alert, context),
                "Write the recommendation for this alert.", fallback);
        ObjectNode node = json.createObjectNode();
        node.put("alert_id", alertId);
        node.put("match_id", matchKey);
        node.put("decision_id", alert.get("decision_id").asString());
        node.put("decision_type", type);
        node.put("severity_label", alert.get("severity_label").asString());
        node.put("advisory", written.text());
        node.put("source", written.byModel() ? "llm" : "template");
        node.put("model", written.model());
        node.put("generated_at", Instant.now(clock).toString());
        ObjectNode ctx = node.putObject("context");
        ctx.put("earlier_alerts", context.earlierAlerts());
        ctx.put("earlier_same_type", context.earlierSameType());
        ctx.put("accepted_same_type", context.acceptedSameType());
        ctx.put("dismissed_same_type", context.dismissedSameType());
        if (context.recentSegments() > 0) {
            ctx.put("recent_segment_severity", round(context.recentSegmentSeverity()));
        } else {
            ctx.putNull("recent_segment_severity");
        }
        advisories.store(matchKey, alertId, json.writeValueAsString(node));
        // a concurrent request may have stored first: answer what is cached, so every caller sees one text
        ObjectNode stored = advisories.findCached(matchKey, alertId).map(text -> (ObjectNode) json.readTree(text))
                .orElse(node);
        stored.put("cached", false);
        return stored;
    }

    static String contextText(ObjectNode alert, AlertAdvisories.MatchContext c) {
        StringBuilder text = new StringBuilder("ALERT:\n");
        for (String field : new String[] {"timestamp", "match_time", "decision_type", "category", "severity_score",
                "severity_label", "action", "trigger_metric", "recommended_action"}) {
            JsonNode value = alert.get(field);
            if (value != null && !value.isNull() && !value.asString().isBlank()) {
                text.append("- ").append(field).append(": ").append(value.asString()).append('\n');
            }
        }
        text.append("MATCH CONTEXT:\n")
                .append("- alerts earlier in the match: ").append(c.earlierAlerts()).append('\n')
                .append("- earlier alerts of this decision type: ").append(c.earlierSameType()).append('\n')
                .append("- staff decisions on this type: ").append(c.acceptedSameType()).append(" accepted, ")
                .append(c.dismissedSameType()).append(" dismissed\n");
        if (c.recentSegments() > 0) {
            text.append("- mean severity of the last ").append(c.recentSegments()).append(" windows: ")
                    .append(round(c.recentSegmentSeverity())).append('\n');
        }
        return text.toString();
    }

    /** The deterministic advisory: the problem, the change, and what to watch, per decision type. */
    static String template(ObjectNode alert, AlertAdvisories.MatchContext c) {
        String type = alert.get("decision_type").asString();
        String label = alert.get("severity_label").asString().toLowerCase(Locale.ROOT);
        String at = alert.get("timestamp").asString();
        JsonNode recommended = alert.get("recommended_action");
        String action = recommended != null && !recommended.isNull() && !recommended.asString().isBlank()
                ? recommended.asString() : alert.get("action").asString();
        String problem = switch (type) {
            case "PRESSING_ADJUSTMENT" -> "Our press has dropped off and the opponent builds up without pressure";
            case "STRUCTURAL_COMPACTNESS_FIX" -> "The distance between our lines has grown too large";
            case "FLANK_COVER_ADJUSTMENT" -> "A flank is exposed: the full-back is left without cover";
            case "SUBSTITUTION_RECOMMENDATION" -> "A player's physical output is falling";
            default -> "The analysis flags a " + (alert.get("category").asString().isBlank() ? "tactical"
                    : alert.get("category").asString().toLowerCase(Locale.ROOT)) + " issue";
        };
        StringBuilder text = new StringBuilder(problem);
        text.append(" (").append(label).append(" severity").append(at.isBlank() ? "" : ", at " + at).append("). ");
        if (!action.isBlank()) {
            text.append(action.endsWith(".") ? action : action + ".").append(' ');
        }
        if (c.earlierSameType() > 0) {
            text.append("This is the ").append(ordinal(c.earlierSameType() + 1)).append(" alert of this kind");
            text.append(c.dismissedSameType() > 0 ? " after a dismissal: reconsider. " : ". ");
        }
        text.append("Watch the next few minutes to see whether the severity falls.");
        return text.toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
