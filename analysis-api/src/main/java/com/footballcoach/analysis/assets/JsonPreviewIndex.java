package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.OutputRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The totals of a JSON file's large arrays and where each one ends, found in one streaming pass
 * and kept beside the file, so that a {@link JsonPreview} reads only the items it shows and jumps
 * over the rest of every indexed array instead of counting it token by token.
 *
 * <p><b>What is indexed.</b> An array is indexed when a preview can reach it — every enclosing
 * array holds it within its first {@link JsonPreview#MAX_ITEMS} items, the most a preview shows —
 * when it has at least two items (a preview shows at least one, so smaller arrays are never cut)
 * and when it spans at least {@link Limits#minSpanBytes} (64 KiB): skipping a smaller array in
 * the stream costs less than opening the file again. Arrays at one depth do not overlap, so the
 * index holds at most {@code depth × size / 64 KiB} entries (3,200 per level for 200 MB) and never
 * more than {@link Limits#maxEntries}, the widest kept. A tracking file of 200,000 frames of 22
 * players has one entry, {@code /frames}. An array not in the index is counted while previewed, so
 * the totals are exact whatever the index holds; the index only saves time.
 *
 * <p><b>Where and when.</b> In {@code .preview-index/<file name>.index} beside the file (in the
 * run's folder, so purging the run removes it; never served, see {@link AssetAccess}), as JSON
 * keyed by the file's size and modification time: an index of another version is ignored and
 * rebuilt. Built when a run's outputs are prepared ({@link AssetPreparation#prepare}) or on the
 * first preview of a file without a valid one; files under {@link Limits#minFileBytes} (1 MiB)
 * are previewed in one pass and not indexed. Entries are found by JSON Pointer; a pointer that
 * occurs twice (duplicate object keys) is left out.
 */
@Component
class JsonPreviewIndex {

    private static final Logger log = LoggerFactory.getLogger(JsonPreviewIndex.class);
    static final String DIRECTORY = OutputRoot.PREVIEW_INDEX_DIRECTORY;
    static final String SUFFIX = ".index";
    private static final int FORMAT = 1;
    private static final int CACHED = 16;

    /**
     * What gets indexed.
     *
     * @param reach the items of each array a preview can show ({@link JsonPreview#MAX_ITEMS})
     * @param minSpanBytes the smallest array (first to last byte) worth an entry
     * @param minFileBytes the smallest file worth an index
     * @param maxEntries the most entries kept (the widest arrays)
     */
    record Limits(int reach, long minSpanBytes, long minFileBytes, int maxEntries) {

        static final Limits DEFAULT = new Limits(JsonPreview.MAX_ITEMS, 64 * 1024, 1024 * 1024, 50_000);
    }

    /**
     * One indexed array.
     *
     * @param pointer its JSON Pointer
     * @param total its number of items
     * @param end the byte offset of its closing {@code ]}
     */
    record Entry(String pointer, long total, long end) {
    }

    /** The stored index: the file version it describes, the limits it was built with, its arrays. */
    record Stored(int format, long sizeBytes, long modifiedNanos, int reach, long minSpanBytes, List<Entry> arrays) {
    }

    /** The index of one file version, by pointer; {@link #NONE} for no file version. */
    record Index(String version, Map<String, Entry> arrays) {

        static final Index NONE = new Index("", Map.of());

        boolean isEmpty() {
            return arrays.isEmpty();
        }

        @Nullable Entry get(String pointer) {
            return arrays.get(pointer);
        }
    }

    private final JsonMapper mapper;
    private final Limits limits;
    private final Map<Path, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<Path, Index> loaded = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Index> eldest) {
            return size() > CACHED;
        }
    };

    @Autowired
    JsonPreviewIndex(JsonMapper mapper) {
        this(mapper, Limits.DEFAULT);
    }

    JsonPreviewIndex(JsonMapper mapper, Limits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    /** Where the index of a file is kept. */
    static Path indexOf(Path file) {
        return file.resolveSibling(DIRECTORY).resolve(file.getFileName() + SUFFIX);
    }

    /**
     * The index of the file as it is now: from memory, from disk, or built (one pass over the
     * file) and stored when missing or stale. {@link Index#NONE} for a file too small to index
     * or one that changed while it was indexed; an empty index for a file without byte offsets
     * (not UTF-8). Throws {@link JacksonException} when the file is not valid JSON.
     */
    Index ensure(Path file) throws IOException {
        String version = version(file);
        if (Files.size(file) < limits.minFileBytes()) {
            return Index.NONE;
        }
        Index current = cached(file, version);
        if (current != null) {
            return current;
        }
        ReentrantLock lock = locks.computeIfAbsent(file, f -> new ReentrantLock());
        lock.lock();
        try {
            version = version(file);
            current = cached(file, version);
            if (current == null) {
                current = read(file, version);
            }
            if (current == null) {
                current = build(file);
            }
            synchronized (loaded) {
                loaded.put(file, current);
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the index of a file (memory and disk), e.g. when a preview could not use it. */
    void discard(Path file) {
        synchronized (loaded) {
            loaded.remove(file);
        }
        try {
            Files.deleteIfExists(indexOf(file));
        } catch (IOException e) {
            log.warn("Could not delete the preview index of {}: {}", file, e.toString());
        }
    }

    private @Nullable Index cached(Path file, String version) {
        synchronized (loaded) {
            Index index = loaded.get(file);
            return index != null && index.version().equals(version) ? index : null;
        }
    }

    /** The stored index when it describes this version with these limits. */
    private @Nullable Index read(Path file, String version) {
        Path stored = indexOf(file);
        if (!Files.isRegularFile(stored)) {
            return null;
        }
        try {
            Stored index = mapper.readValue(stored.toFile(), Stored.class);
            if (index.format() != FORMAT || !version(index.sizeBytes(), index.modifiedNanos()).equals(version)
                    || index.reach() != limits.reach() || index.minSpanBytes() != limits.minSpanBytes()) {
                log.info("Preview index of {} is stale; rebuilding it", file);
                return null;
            }
            return index(version, index.arrays());
        } catch (JacksonException e) {
            log.warn("Preview index of {} is unreadable; rebuilding it: {}", file, e.getOriginalMessage());
            return null;
        }
    }

    private Index build(Path file) throws IOException {
        long size = Files.size(file);
        long modified = modifiedNanos(file);
        long started = System.nanoTime();
        String version = version(size, modified);
        List<Found> found = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(file)) {
            if (parser.nextToken() == null || parser.currentTokenLocation().getByteOffset() < 0) {
                // empty, or not UTF-8 (no byte offsets): nothing to jump over; remembered in memory only
                return new Index(version, Map.of());
            }
            walk(parser, "", found);
        }
        if (Files.size(file) != size || modifiedNanos(file) != modified) {
            log.info("{} changed while it was indexed; previewing it without an index", file);
            return Index.NONE;
        }
        List<Entry> arrays = kept(found);
        store(file, new Stored(FORMAT, size, modified, limits.reach(), limits.minSpanBytes(), arrays));
        log.info("Preview index of {} ({} MB): {} arrays in {} ms", file, size / 1_000_000, arrays.size(),
                (System.nanoTime() - started) / 1_000_000);
        return index(version, arrays);
    }

    private record Found(String pointer, long total, long start, long end) {
    }

    /** Walks a value a preview can reach; arrays past the reach are skipped, only counted. */
    private void walk(JsonParser parser, String pointer, List<Found> found) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                walk(parser, JsonPreview.child(pointer, name), found);
            }
        } else if (token == JsonToken.START_ARRAY) {
            long start = parser.currentTokenLocation().getByteOffset();
            long total = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (total < limits.reach()) {
                    walk(parser, pointer + "/" + total, found);
                } else {
                    parser.skipChildren();
                }
                total++;
            }
            long end = parser.currentTokenLocation().getByteOffset();
            if (total > 1 && end - start + 1 >= limits.minSpanBytes()) {
                found.add(new Found(pointer, total, start, end));
            }
        }
    }

    /** Unambiguous pointers only, the widest arrays when there are too many, in file order. */
    private List<Entry> kept(List<Found> found) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (Found array : found) {
            if (!seen.add(array.pointer())) {
                twice.add(array.pointer());
            }
        }
        List<Found> unique = new ArrayList<>(found.stream().filter(a -> !twice.contains(a.pointer())).toList());
        if (unique.size() > limits.maxEntries()) {
            unique.sort(Comparator.comparingLong((Found a) -> a.end() - a.start()).reversed());
            unique = new ArrayList<>(unique.subList(0, limits.maxEntries()));
            unique.sort(Comparator.comparingLong(Found::end));
        }
        return unique.stream().map(a -> new Entry(a.pointer(), a.total(), a.end())).toList();
    }

    private void store(Path file, Stored index) {
        Path target = indexOf(file);
        Path temp = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            mapper.writeValue(temp.toFile(), index);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | JacksonException e) {
            log.warn("Could not store the preview index of {} (kept in memory only): {}", file, e.toString());
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do: the temporary file is hidden and harmless
            }
        }
    }

    private static Index index(String version, List<Entry> arrays) {
        Map<String, Entry> byPointer = new HashMap<>(arrays.size() * 2);
        for (Entry entry : arrays) {
            byPointer.put(entry.pointer(), entry);
        }
        return new Index(version, Map.copyOf(byPointer));
    }

    /** The file version an index belongs to: size and modification time. */
    static String version(Path file) throws IOException {
        return version(Files.size(file), modifiedNanos(file));
    }

    private static String version(long size, long modifiedNanos) {
        return size + "@" + modifiedNanos;
    }

    private static long modifiedNanos(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }
}
