package com.footballcoach.platform.docs;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Example values for fields whose name means the same thing in every schema, filled into each
 * schema of both OpenAPI documents that has such a property and no example yet — one table
 * instead of an annotation on each record. Names that differ by schema (name, status) stay out.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

    private static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("email", "coach@demo.club"),
            Map.entry("password", "DemoCoach2026!"),
            Map.entry("full_name", "Carla Mendes"),
            Map.entry("primary_color", "#C8102E"),
            Map.entry("secondary_color", "#FFFFFF"),
            Map.entry("position", "MID"),
            Map.entry("jersey_number", 8),
            Map.entry("birth_date", "2000-05-01"),
            Map.entry("dominant_foot", "left"),
            Map.entry("height_cm", 178),
            Map.entry("weight_kg", 72),
            Map.entry("nationality", "Argentina"),
            Map.entry("country_code", "AR"),
            Map.entry("market_value", 2500000),
            Map.entry("role", "head_coach"),
            Map.entry("permission_level", "full_access"),
            Map.entry("home_score", 2),
            Map.entry("away_score", 1),
            Map.entry("venue", "Estadio Demo"),
            Map.entry("video_anchor_seconds", 12),
            Map.entry("event_type", "goal"),
            Map.entry("minute", 57),
            Map.entry("video_timestamp", 3421.5),
            Map.entry("is_starting", true),
            Map.entry("position_in_formation", "50,20"),
            Map.entry("content", "Their left back pushes high: attack the space behind him."),
            Map.entry("note_type", "tactical"),
            Map.entry("location", "Training ground, room 2"),
            Map.entry("focus", "Counter-pressing after losing the ball"),
            Map.entry("icon_name", "groups"),
            Map.entry("question", "Which players are improving their sprint intensity?"),
            Map.entry("decision_id", "D-0003"),
            Map.entry("match_time", 750.0),
            Map.entry("rating", 7.5),
            Map.entry("frame_limit", 0),
            Map.entry("confidence_threshold", 0.5));

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            properties.forEach((name, property) -> {
                Object example = EXAMPLES.get(name);
                if (example != null && property.getExample() == null && property.get$ref() == null) {
                    property.setExample(example);
                }
            });
        }
    }
}
