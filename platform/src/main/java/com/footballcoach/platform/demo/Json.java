package com.footballcoach.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Just enough JSON writing for the demo statistics blocks (keys and strings we control). */
final class Json {

    /** A rendered JSON value that nests unchanged into another one. */
    record Value(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private Json() {
    }

    /** An object from alternating keys and values. */
    static Value object(Object... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(string((String) keysAndValues[i])).append(':').append(render(keysAndValues[i + 1]));
        }
        return new Value(json.append('}').toString());
    }

    static Value array(List<?> items) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(render(items.get(i)));
        }
        return new Value(json.append(']').toString());
    }

    private static String render(Object value) {
        if (value instanceof Value rendered) {
            return rendered.text();
        }
        if (value instanceof String text) {
            return string(text);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return array(list).text();
        }
        if (value instanceof Map<?, ?> map) {
            Object[] pairs = new Object[map.size() * 2];
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                pairs[i++] = entry.getKey().toString();
                pairs[i++] = entry.getValue();
            }
            return object(pairs).text();
        }
        throw new IllegalArgumentException("Not a JSON value: " + value);
    }

    private static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
