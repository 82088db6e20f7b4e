package com.footballcoach.product.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON columns: the app wants JSON values (objects), never strings holding JSON. */
@Component
public class JsonColumns {

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public @Nullable JsonNode read(@Nullable String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        JsonNode node = json.readTree(column);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    public @Nullable String write(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : json.writeValueAsString(value);
    }
}
