package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.conflictmap.geoparse.Fixtures;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.junit.jupiter.api.Test;

class GeoparseStreamTest {

    private static byte[] run(String jsonl, int threads, GeoparseStream.Counts[] counts) throws Exception {
        GazetteerGeoparser geo = GazetteerGeoparser.create(Fixtures.gazetteer());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GeoparseStream stream = new GeoparseStream(geo, null, threads,
                new PrintStream(err, true, StandardCharsets.UTF_8));
             GeoparseInput in = GeoparseInput.open("-", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                1_000_000)) {
            counts[0] = stream.run(in, out);
        }
        return out.toByteArray();
    }

    @Test
    void linesInInputOrderWithCountsWhateverTheThreads() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append(i % 17 == 5 ? "not json" : "{\"id\":\"d" + i + "\",\"lang\":\"fr\",\"text\":\""
                    + "Le ministre est arrivé à Moscou. ".repeat(1 + i % 7) + "\"}").append('\n');
        }
        GeoparseStream.Counts[] one = new GeoparseStream.Counts[1];
        GeoparseStream.Counts[] four = new GeoparseStream.Counts[1];
        byte[] a = run(b.toString(), 1, one);
        byte[] c = run(b.toString(), 4, four);
        assertArrayEquals(a, c);
        String[] lines = new String(a, StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(201, lines.length);
        assertEquals("", lines[200]);
        for (int i = 0; i < 200; i++) {
            assertTrue(lines[i].startsWith(i % 17 == 5 ? "{\"id\":null,\"line\":" + (i + 1) + ",\"error\":"
                    : "{\"id\":\"d" + i + "\""), lines[i]);
        }
        assertEquals(200, one[0].records());
        assertEquals(12, one[0].failed());
        assertEquals(a.length, one[0].outputBytes());
        assertEquals(one[0].mentions(), four[0].mentions());
        assertTrue(one[0].mentions() >= 188, "one Moscou per sentence at least: " + one[0].mentions());
    }

    @Test
    void aStreamRunsAgainWithTheSameOutputAfterLongerAndShorterTexts() throws Exception {
        GazetteerGeoparser geo = GazetteerGeoparser.create(Fixtures.gazetteer());
        String shortDocs = "{\"id\":\"s\",\"lang\":\"fr\",\"text\":\"Le ministre est arrivé à Moscou.\"}\n";
        String longDocs = "{\"id\":\"l\",\"lang\":\"en\",\"text\":\"" + "Talks in Moscow and Paris. ".repeat(400)
                + "\"}\n";
        GeoparseStream.Counts[] counts = new GeoparseStream.Counts[1];
        byte[] fresh = run(shortDocs, 2, counts);
        try (GeoparseStream stream = new GeoparseStream(geo, null, 2, new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8))) {
            byte[][] outs = new byte[3][];
            String[] inputs = {shortDocs, longDocs, shortDocs};
            for (int k = 0; k < 3; k++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GeoparseInput in = GeoparseInput.open("-",
                        new ByteArrayInputStream(inputs[k].getBytes(StandardCharsets.UTF_8)), 1_000_000)) {
                    stream.run(in, out);
                }
                outs[k] = out.toByteArray();
            }
            assertArrayEquals(fresh, outs[0]);
            assertArrayEquals(outs[0], outs[2]);
            assertEquals(800, new String(outs[1], StandardCharsets.UTF_8).split("\"surface\"", -1).length - 1);
        }
    }

    @Test
    void unpairedSurrogateIsWrittenAsAWriterWritesIt() throws Exception {
        GeoparseStream.Counts[] counts = new GeoparseStream.Counts[1];
        byte[] out = run("{\"id\":\"a\\ud800b\",\"text\":\"Talks in Moscow.\"}\n", 1, counts);
        String line = new String(out, StandardCharsets.UTF_8);
        ByteArrayOutputStream ref = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(ref, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"a\ud800b\"");
        }
        assertTrue(line.startsWith(ref.toString(StandardCharsets.UTF_8)), line);
        assertTrue(line.startsWith("{\"id\":\"a?b\""), line);
    }
}
