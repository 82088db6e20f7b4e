package com.footballcoach.analysis.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.footballcoach.platform.analysis.AssetPath;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON previews with and without their index: the same answer, read from a fraction of the file. */
class JsonPreviewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every array a preview can reach is indexed, however small: every cut array is jumped over. */
    private static final JsonPreviewIndex.Limits EVERY_ARRAY = new JsonPreviewIndex.Limits(JsonPreview.MAX_ITEMS, 1, 0,
            100_000);

    @TempDir
    Path dir;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("tracking with a summary after the frames", trackingJson(40, 22)
                        .replace("]}]}", "]}],\"summary\":{\"events\":[1,2,3,4,5,6],\"done\":true}}")),
                Arguments.of("a root array of mixed values", "[[1,2,3],[4,5,6,7],[],[8],\"x\",{\"a\":[1,2]},[[9,9],[9]]]"),
                Arguments.of("keys that need pointer escapes, brackets in strings",
                        "{\"a/b\":[1,2,3],\"c~d\":{\"e\":[1,2,3]},\"\":[1,2,3],\"s\":\"]}[{,\\\"\",\"t\":[\"]\",\"[\",\"}\"]}"),
                Arguments.of("pretty printed, every kind of number",
                        "{\n  \"n\" : [ 1e10, -0.5, 12345678901234567890123, 0, true, false, null ],\n"
                                + "  \"m\" : [\n    [ 1.25 , 2 ],\n    [ 3 ]\n  ]\n}\n"),
                Arguments.of("multi-byte characters before and inside skipped parts",
                        "{\"names\":[\"é\",\"ü\",\"😀\",\"ß\"],\"more\":[\"日本\",\"語\"],\"after\":[1,2,3],\"z\":\"ñ\"}"),
                Arguments.of("a byte order mark", "\uFEFF{\"a\":[1,2,3,4],\"b\":[5,6,7]}"),
                Arguments.of("deep nesting", "[[[[1,2],[3,4],[5]],[[5,6]]],[[[7,8,9]]]]"),
                Arguments.of("duplicate keys", "{\"a\":[1,2,3],\"a\":[4,5,6,7],\"b\":[8,9]}"),
                Arguments.of("a root scalar", "42"),
                Arguments.of("an empty document", ""),
                Arguments.of("empty containers", "{\"a\":[],\"o\":{},\"b\":[[],[]]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void previewFromTheIndexIsByteForByteThePreviewOfAFullPass(String name, String document) throws IOException {
        AssetFile file = write("doc.json", document);
        JsonPreview withIndex = new JsonPreview(JSON, new JsonPreviewIndex(JSON, EVERY_ARRAY));
        JsonPreview withoutIndex = new JsonPreview(JSON, new JsonPreviewIndex(JSON, EVERY_ARRAY));

        for (int items : new int[] {1, 2, 3, 5, 1000}) {
            byte[] indexed = withIndex.preview(file, items);
            byte[] fullPass = withoutIndex.previewWithoutIndex(file, items);

            assertThat(new String(indexed, StandardCharsets.UTF_8)).as("max_items=%d", items)
                    .isEqualTo(new String(fullPass, StandardCharsets.UTF_8));
            if (!name.equals("duplicate keys") && !document.isEmpty()) {
                assertThat(JSON.readTree(indexed)).as("max_items=%d against a tree of the whole file", items)
                        .isEqualTo(expectedPreview(JSON.readTree(document.replace("\uFEFF", "")), items,
                                Files.size(file.real())));
            }
        }
        if (!document.isEmpty()) {
            assertThat(JsonPreviewIndex.indexOf(file.real())).exists();
        }
    }

    @Test
    void indexesAFileOnItsFirstPreviewThenReadsOnlyTheItemsItShows() throws IOException {
        AssetFile file = write("tracking.json", trackingJson(3000, 22));
        byte[] first = new JsonPreview(JSON, new JsonPreviewIndex(JSON)).preview(file, 5);
        assertThat(JsonPreviewIndex.indexOf(file.real())).exists();

        corruptTheMiddleKeepingSizeAndTime(file.real());
        JsonPreview restarted = new JsonPreview(JSON, new JsonPreviewIndex(JSON));

        assertThatThrownBy(() -> restarted.previewWithoutIndex(file, 5)).as("the file is now broken in the middle")
                .isInstanceOf(JacksonException.class);
        byte[] fromIndex = restarted.preview(file, 5);
        assertThat(fromIndex).as("the middle was never read").isEqualTo(first);
        JsonNode arrays = JSON.readTree(fromIndex).get("arrays");
        assertThat(arrays.valueStream().map(a -> a.get("pointer").asString() + "=" + a.get("total").asLong()))
                .containsExactly("/frames/0/players=22", "/frames/1/players=22", "/frames/2/players=22",
                        "/frames/3/players=22", "/frames/4/players=22", "/frames=3000");
    }

    @Test
    void ignoresAndRebuildsAnIndexOfTheSameSizeWhenTheFileWasRewritten() throws IOException {
        AssetFile file = write("doc.json", "{\"a\":[1,2,3,4,5,6],\"b\":[7,8]}");
        JsonPreviewIndex indexes = new JsonPreviewIndex(JSON, EVERY_ARRAY);
        JsonPreview preview = new JsonPreview(JSON, indexes);
        assertThat(totals(preview.preview(file, 1))).containsExactly("/a=6", "/b=2");
        FileTime indexed = Files.getLastModifiedTime(file.real());

        Files.writeString(file.real(), "{\"a\":[1,2,3],\"b\":[4,5,6,7,8]}"); // the same length
        Files.setLastModifiedTime(file.real(), FileTime.fromMillis(indexed.toMillis() + 2000));
        byte[] after = new JsonPreview(JSON, new JsonPreviewIndex(JSON, EVERY_ARRAY)).preview(file, 1);

        assertThat(Files.size(file.real())).isEqualTo(29);
        assertThat(totals(after)).containsExactly("/a=3", "/b=5");
        assertThat(after).isEqualTo(preview.previewWithoutIndex(file, 1));
        assertThat(JSON.readTree(JsonPreviewIndex.indexOf(file.real()).toFile()).get("modifiedNanos").asLong())
                .as("the stored index was rebuilt for the new version")
                .isEqualTo(Files.getLastModifiedTime(file.real()).to(java.util.concurrent.TimeUnit.NANOSECONDS));
        assertThat(totals(preview.preview(file, 1))).as("an instance holding the old index in memory")
                .containsExactly("/a=3", "/b=5");
    }

    @Test
    void ignoresAnIndexOfAnotherSize() throws IOException {
        AssetFile file = write("tracking.json", trackingJson(3000, 22));
        JsonPreviewIndex indexes = new JsonPreviewIndex(JSON);
        assertThat(totals(new JsonPreview(JSON, indexes).preview(file, 5))).contains("/frames=3000");

        Files.writeString(file.real(), trackingJson(2000, 22));
        byte[] after = new JsonPreview(JSON, indexes).preview(file, 5);

        assertThat(totals(after)).contains("/frames=2000");
        assertThat(after).isEqualTo(new JsonPreview(JSON, indexes).previewWithoutIndex(file, 5));
    }

    @Test
    void indexesOnlyTheArraysAPreviewCanReach() throws IOException {
        AssetFile file = write("tracking.json", trackingJson(100, 22));
        new JsonPreviewIndex(JSON, new JsonPreviewIndex.Limits(10, 1, 0, 1000)).ensure(file.real());

        List<String> pointers = storedPointers(file.real());

        assertThat(pointers).hasSize(11).contains("/frames", "/frames/0/players", "/frames/9/players")
                .doesNotContain("/frames/10/players");
    }

    @Test
    void keepsOneEntryForTheFramesOfATrackingFile() throws IOException {
        AssetFile file = write("tracking.json", trackingJson(20_000, 22));

        new JsonPreviewIndex(JSON).ensure(file.real());

        assertThat(storedPointers(file.real())).containsExactly("/frames");
        assertThat(Files.size(JsonPreviewIndex.indexOf(file.real()))).isLessThan(512);
    }

    @Test
    void keepsTheWidestArraysWhenThereAreTooMany() throws IOException {
        AssetFile file = write("tracking.json", trackingJson(100, 22));
        new JsonPreviewIndex(JSON, new JsonPreviewIndex.Limits(1000, 1, 0, 3)).ensure(file.real());

        assertThat(storedPointers(file.real())).hasSize(3).contains("/frames");
    }

    @Test
    void doesNotIndexSmallFiles() throws IOException {
        AssetFile file = write("advisory.json", "{\"advisories\":[1,2,3]}");

        byte[] preview = new JsonPreview(JSON, new JsonPreviewIndex(JSON)).preview(file, 1);

        assertThat(totals(preview)).containsExactly("/advisories=3");
        assertThat(JsonPreviewIndex.indexOf(file.real())).doesNotExist();
    }

    @Test
    void refusesInvalidJsonAndStoresNoIndex() throws IOException {
        AssetFile file = write("broken.json", "{\"frames\":[1,2,3,");
        JsonPreview preview = new JsonPreview(JSON, new JsonPreviewIndex(JSON, EVERY_ARRAY));

        assertThatThrownBy(() -> preview.preview(file, 1)).isInstanceOf(JacksonException.class);
        assertThat(JsonPreviewIndex.indexOf(file.real())).doesNotExist();
    }

    // ---- helpers ----

    private AssetFile write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new AssetFile(file, AssetPath.parse("run-1/" + name));
    }

    static String trackingJson(int frames, int players) {
        StringBuilder out = new StringBuilder("{\"fps\":25,\"meta\":{\"source\":\"test\"},\"frames\":[");
        for (int i = 0; i < frames; i++) {
            out.append(i > 0 ? "," : "").append("{\"frame\":").append(i).append(",\"players\":[");
            for (int p = 0; p < players; p++) {
                out.append(p > 0 ? "," : "").append("{\"id\":").append(p).append(",\"x\":").append(i * 0.37 + p)
                        .append(",\"y\":").append(p * 1.5).append(",\"team\":\"A\"}");
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

    /** Overwrites bytes in the middle with something that is not JSON, then puts the old time back. */
    private static void corruptTheMiddleKeepingSizeAndTime(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(out.length() / 2);
            out.write("}}}}!!!!not json!!!!".getBytes(StandardCharsets.US_ASCII));
        }
        Files.setLastModifiedTime(file, modified);
    }

    private static List<String> totals(byte[] preview) {
        return JSON.readTree(preview).get("arrays").valueStream()
                .map(a -> a.get("pointer").asString() + "=" + a.get("total").asLong()).toList();
    }

    private static List<String> storedPointers(Path file) {
        return JSON.readTree(JsonPreviewIndex.indexOf(file).toFile()).get("arrays").valueStream()
                .map(a -> a.get("pointer").asString()).toList();
    }

    /** The preview computed from a tree of the whole document: the oracle. */
    private static JsonNode expectedPreview(JsonNode document, int items, long size) {
        List<JsonNode> cut = new ArrayList<>();
        JsonNode data = cut(document, "", items, cut);
        ObjectNode preview = JSON.createObjectNode();
        preview.put("path", "run-1/doc.json");
        preview.put("preview", true);
        preview.put("max_items", items);
        preview.put("size_bytes", size);
        preview.set("data", data);
        preview.set("arrays", JSON.createArrayNode().addAll(cut));
        return JSON.readTree(JSON.writeValueAsString(preview)); // numbers as a parser types them
    }

    private static JsonNode cut(JsonNode node, String pointer, int items, List<JsonNode> cut) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                copy.set(property.getKey(), cut(property.getValue(), JsonPreview.child(pointer, property.getKey()),
                        items, cut));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            for (int i = 0; i < Math.min(items, node.size()); i++) {
                copy.add(cut(node.get(i), pointer + "/" + i, items, cut));
            }
            if (node.size() > items) {
                cut.add(JSON.createObjectNode().put("pointer", pointer).put("total", node.size()).put("returned", items));
            }
            return copy;
        }
        return node;
    }
}
