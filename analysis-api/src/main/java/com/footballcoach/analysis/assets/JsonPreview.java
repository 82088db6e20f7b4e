package com.footballcoach.analysis.assets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A preview of a JSON file made with Jackson's streaming parser, never a tree of the whole
 * file: every array keeps its first {@code maxItems} items (nested arrays too), the rest is
 * skipped and only counted. The answer:
 * <pre>{"path": "...", "preview": true, "max_items": 20, "size_bytes": 209715200,
 *  "data": {... the document, arrays cut ...},
 *  "arrays": [{"pointer": "/frames", "total": 54000, "returned": 20}, ...]}</pre>
 * {@code arrays} lists the arrays that were cut (JSON Pointers into {@code data}; at most
 * {@value #MAX_REPORTED_ARRAYS}).
 *
 * <p>With a {@link JsonPreviewIndex} the rest of an indexed array is not read at all: its total
 * comes from the index and reading resumes after its closing bracket, so a preview of a 200 MB
 * file reads the items it shows and little else. Arrays the index does not hold are counted
 * token by token, so the answer is the same, byte for byte, with or without an index. Previews
 * are kept for the last few file versions asked.
 */
@Component
class JsonPreview {

    private static final Logger log = LoggerFactory.getLogger(JsonPreview.class);
    static final int DEFAULT_ITEMS = 20;
    static final int MAX_ITEMS = 1000;
    static final int MAX_REPORTED_ARRAYS = 1000;
    private static final int CACHED = 16;

    private final JsonMapper mapper;
    private final JsonPreviewIndex indexes;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    JsonPreview(JsonMapper mapper, JsonPreviewIndex indexes) {
        this.mapper = mapper;
        this.indexes = indexes;
    }

    private record CutArray(String pointer, long total, int returned) {
    }

    /**
     * The preview document (UTF-8 JSON), from the file's index (built on the first preview of a
     * file that has none). Throws {@link JacksonException} when the file is not valid JSON.
     */
    byte[] preview(AssetFile file, int maxItems) throws IOException {
        int items = items(maxItems);
        String key = file.real() + "|" + JsonPreviewIndex.version(file.real()) + "|" + items;
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        JsonPreviewIndex.Index index = indexes.ensure(file.real());
        byte[] preview;
        try {
            preview = build(file.real(), file.path().value(), items, index);
        } catch (JacksonException | IOException e) {
            if (index.isEmpty()) {
                throw e;
            }
            // the index was built from a valid file of this size and time; a file rewritten in place
            // without a new modification time breaks it: drop it and read the file whole
            log.warn("Preview of {} from its index failed; reading it whole: {}", file.real(), e.toString());
            indexes.discard(file.real());
            preview = build(file.real(), file.path().value(), items, JsonPreviewIndex.Index.NONE);
        }
        synchronized (cache) {
            cache.put(key, preview);
        }
        return preview;
    }

    /** The preview made by one pass over the whole file, without an index. */
    byte[] previewWithoutIndex(AssetFile file, int maxItems) throws IOException {
        return build(file.real(), file.path().value(), items(maxItems), JsonPreviewIndex.Index.NONE);
    }

    private static int items(int maxItems) {
        return Math.max(1, Math.min(maxItems, MAX_ITEMS));
    }

    private byte[] build(Path file, String path, int items, JsonPreviewIndex.Index index) throws IOException {
        long size = Files.size(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CutArray> cut = new ArrayList<>();
        try (Reader in = new Reader(file); JsonGenerator generator = mapper.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("path", path);
            generator.writeBooleanProperty("preview", true);
            generator.writeNumberProperty("max_items", items);
            generator.writeNumberProperty("size_bytes", size);
            generator.writeName("data");
            if (in.parser.nextToken() == null) {
                generator.writeNull();
            } else {
                copy(in, generator, "", items, index, cut);
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

    private static void copy(Reader in, JsonGenerator generator, String pointer, int items,
            JsonPreviewIndex.Index index, List<CutArray> cut) throws IOException {
        JsonToken token = in.parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            generator.writeStartObject();
            in.enter(false);
            while (in.parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = in.parser.currentName();
                generator.writeName(name);
                in.parser.nextToken();
                copy(in, generator, child(pointer, name), items, index, cut);
            }
            in.leave();
            generator.writeEndObject();
        } else if (token == JsonToken.START_ARRAY) {
            generator.writeStartArray();
            JsonPreviewIndex.Entry indexed = index.get(pointer);
            boolean jump = indexed != null && indexed.total() > items;
            in.enter(true);
            long total = 0;
            while (in.parser.nextToken() != JsonToken.END_ARRAY) {
                if (total < items) {
                    copy(in, generator, pointer + "/" + total, items, index, cut);
                } else {
                    in.parser.skipChildren();
                }
                total++;
                if (jump && total == items) {
                    in.leave();
                    in.resumeAfter(indexed.end());
                    total = indexed.total();
                    break;
                }
            }
            if (!jump) {
                in.leave();
            }
            generator.writeEndArray();
            if (total > items && cut.size() < MAX_REPORTED_ARRAYS) {
                cut.add(new CutArray(pointer, total, items));
            }
        } else {
            generator.copyCurrentEvent(in.parser);
        }
    }

    /** The JSON Pointer of an object member (RFC 6901 escapes). */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The parser over the file, and the containers it is inside. {@link #resumeAfter} starts a new
     * parser at a byte offset behind a made-up prefix that opens the same containers, so that the
     * parser's state is as if it had read everything up to there: {@code {"k": [ …cut… ], "next": 1}}
     * resumes as {@code {"":0} + , "next": 1}}, the {@code 0} standing for the array jumped over.
     */
    private final class Reader implements AutoCloseable {

        private final Path file;
        private final Deque<Boolean> containers = new ArrayDeque<>();
        JsonParser parser;

        Reader(Path file) {
            this.file = file;
            this.parser = mapper.createParser(file);
        }

        void enter(boolean array) {
            containers.push(array);
        }

        void leave() {
            containers.pop();
        }

        /** Continues after the byte at {@code offset} (an array's {@code ]}), inside the open containers. */
        void resumeAfter(long offset) throws IOException {
            StringBuilder prefix = new StringBuilder();
            for (Iterator<Boolean> outermostFirst = containers.descendingIterator(); outermostFirst.hasNext(); ) {
                prefix.append(outermostFirst.next() ? "[" : "{\"\":");
            }
            prefix.append('0');
            InputStream rest = Files.newInputStream(file);
            try {
                rest.skipNBytes(offset + 1);
            } catch (IOException | RuntimeException e) {
                rest.close();
                throw e;
            }
            JsonParser resumed = mapper.createParser(new SequenceInputStream(
                    new ByteArrayInputStream(prefix.toString().getBytes(StandardCharsets.US_ASCII)), rest));
            parser.close();
            parser = resumed;
            for (Iterator<Boolean> outermostFirst = containers.descendingIterator(); outermostFirst.hasNext(); ) {
                parser.nextToken();
                if (!outermostFirst.next()) {
                    parser.nextToken();
                }
            }
            parser.nextToken();
        }

        @Override
        public void close() {
            parser.close();
        }
    }
}
