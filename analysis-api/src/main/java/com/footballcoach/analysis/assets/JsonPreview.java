package com.footballcoach.analysis.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A preview of a JSON file made with Jackson's streaming parser, never a tree of the whole
 * file: every array keeps its first {@code maxItems} items (nested arrays too), the rest is
 * skipped token by token and only counted. The answer:
 * <pre>{"path": "...", "preview": true, "max_items": 20, "size_bytes": 209715200,
 *  "data": {... the document, arrays cut ...},
 *  "arrays": [{"pointer": "/frames", "total": 54000, "returned": 20}, ...]}</pre>
 * {@code arrays} lists the arrays that were cut (JSON Pointers into {@code data}; at most
 * {@value #MAX_REPORTED_ARRAYS}). Previews are kept for the last few file versions asked.
 */
@Component
class JsonPreview {

    static final int DEFAULT_ITEMS = 20;
    static final int MAX_ITEMS = 1000;
    static final int MAX_REPORTED_ARRAYS = 1000;
    private static final int CACHED = 16;

    private final JsonMapper mapper;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    JsonPreview(JsonMapper mapper) {
        this.mapper = mapper;
    }

    private record CutArray(String pointer, long total, int returned) {
    }

    /** The preview document (UTF-8 JSON). */
    byte[] preview(AssetFile file, int maxItems) throws IOException {
        int items = Math.max(1, Math.min(maxItems, MAX_ITEMS));
        long size = Files.size(file.real());
        String key = file.real() + "|" + size + "|" + Files.getLastModifiedTime(file.real()).toMillis() + "|" + items;
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] preview = build(file.real(), file.path().value(), size, items);
        synchronized (cache) {
            cache.put(key, preview);
        }
        return preview;
    }

    private byte[] build(Path file, String path, long size, int items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CutArray> cut = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(file); JsonGenerator generator = mapper.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("path", path);
            generator.writeBooleanProperty("preview", true);
            generator.writeNumberProperty("max_items", items);
            generator.writeNumberProperty("size_bytes", size);
            generator.writeName("data");
            if (parser.nextToken() == null) {
                generator.writeNull();
            } else {
                copy(parser, generator, "", items, cut);
            }
            generator.writeName("arrays");
            generator.writeStartArray();
            for (CutArray array : cut) {
                generator.writeStartObject();
                generator.writeStringProperty("pointer", array.pointer());
                generator.writeNumberProperty("total", array.total());
                generator.writeNumberProperty("returned", array.returned());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void copy(JsonParser parser, JsonGenerator generator, String pointer, int items,
            List<CutArray> cut) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            generator.writeStartObject();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                generator.writeName(name);
                parser.nextToken();
                copy(parser, generator, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), items, cut);
            }
            generator.writeEndObject();
        } else if (token == JsonToken.START_ARRAY) {
            generator.writeStartArray();
            long total = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (total < items) {
                    copy(parser, generator, pointer + "/" + total, items, cut);
                } else {
                    parser.skipChildren();
                }
                total++;
            }
            generator.writeEndArray();
            if (total > items && cut.size() < MAX_REPORTED_ARRAYS) {
                cut.add(new CutArray(pointer, total, items));
            }
        } else {
            generator.copyCurrentEvent(parser);
        }
    }
}
