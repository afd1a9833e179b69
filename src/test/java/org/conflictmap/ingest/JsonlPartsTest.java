package org.conflictmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSONL file read in line-aligned parts gives exactly what reading it whole gives. */
class JsonlPartsTest {

    @TempDir
    Path tmp;

    private static byte[] corpus() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM at the file start only
        for (int i = 1; i <= 300; i++) {
            String line;
            if (i % 37 == 0) {
                line = "{\"id\": \"broken" + i + "\", \"text\": ";
            } else if (i % 41 == 0) {
                line = "";
            } else if (i % 43 == 0) {
                line = "{\"id\": \"d" + i + "\", \"date\": \"2020-10-01\"}";
            } else if (i % 47 == 0) {
                line = "\uFEFF{\"text\": \"BOM inside the file at line " + i + "\"}"; // not a file start: bad JSON
            } else {
                line = "{\"id\": \"d" + i + "\", \"text\": \"Combats à Bakou " + i + "\", \"extra" + (i % 5)
                        + "\": 1, \"date\": \"2020-10-0" + (1 + i % 9) + "\"}";
            }
            b.writeBytes((line + (i % 3 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test
    void partsAtAnyLineStartsGiveTheWholeFileRecords() throws IOException {
        byte[] bytes = corpus();
        Path file = Files.write(tmp.resolve("news.jsonl"), bytes);
        CollectingSink whole = new CollectingSink();
        InputReader.readFile(file, "news.jsonl", null, InputSpec.defaults(), whole);
        assertTrue(whole.documents.size() > 200 && whole.errors.size() > 10, whole.errors.toString());
        assertEquals(1, whole.warnings.size());

        for (int parts : new int[] {1, 2, 7, 50}) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            List<Long> lines = new ArrayList<>(List.of(1L));
            long line = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    if (i + 1 < bytes.length && i + 1 >= (long) bytes.length * starts.size() / parts) {
                        starts.add(i + 1);
                        lines.add(line);
                    }
                }
            }
            starts.add(bytes.length);
            CollectingSink sink = new CollectingSink();
            List<List<String>> unknown = new ArrayList<>();
            for (int p = 0; p + 1 < starts.size(); p++) {
                byte[] part = Arrays.copyOfRange(bytes, starts.get(p), starts.get(p + 1));
                unknown.add(JsonlParts.read(new ByteArrayInputStream(part), p == 0, "news.jsonl", lines.get(p),
                        InputSpec.defaults(), sink));
            }
            RecordError w = JsonlParts.unknownFields("news.jsonl", unknown);
            assertEquals(whole.documents, sink.documents, parts + " parts");
            assertEquals(whole.errors, sink.errors, parts + " parts");
            assertEquals(whole.warnings, List.of(w), parts + " parts");
            assertTrue(parts == 1 || starts.size() > 2, "really split");
        }
    }

    @Test
    void onlyReadableJsonlFilesAreSplittable() {
        byte[] text = "{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(JsonlParts.splittable("a/b.jsonl", text));
        assertTrue(JsonlParts.splittable("B.NDJSON", text));
        assertFalse(JsonlParts.splittable("b.json", text));
        assertFalse(JsonlParts.splittable("b.csv", text));
        assertFalse(JsonlParts.splittable("b.jsonl", new byte[] {0, 1, 2, 0, 5}));
        assertEquals(null, JsonlParts.unknownFields("x", List.of(List.of(), List.of())));
    }
}
