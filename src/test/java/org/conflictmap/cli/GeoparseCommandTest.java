package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.geoparse.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GeoparseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, List<String> lines, String err) {
    }

    private static Run run(Path in, Path out, String... extra) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        String[] args = new String[4 + extra.length];
        args[0] = "--input";
        args[1] = in.toString();
        args[2] = "--output";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        int exit = new CommandLine(new GeoparseCommand(Fixtures.gazetteer(), ps)).execute(args);
        List<String> lines = Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.of();
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonlInOrderWithResolvedToponyms(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            b.append("{\"id\":\"d").append(i).append("\",\"text\":\"Le ministre est arrivé à Moscou puis à Erevan.\"")
                    .append(i % 2 == 0 ? ",\"lang\":\"fr\"" : "").append("}\n");
        }
        Files.writeString(in, b.toString());
        Path out = dir.resolve("out.jsonl");
        Run r = run(in, out, "--threads", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals(50, r.lines().size());
        for (int i = 0; i < 50; i++) {
            JsonNode n = JSON.readTree(r.lines().get(i));
            assertEquals("d" + i, n.get("id").asText());
            assertEquals("fr", n.get("lang").asText());
            JsonNode t = n.get("toponyms");
            assertEquals(2, t.size());
            JsonNode moscou = t.get(0);
            assertEquals("Moscou", moscou.get("surface").asText());
            assertEquals(25, moscou.get("start").asInt());
            assertEquals(31, moscou.get("end").asInt());
            assertEquals("toponym", moscou.get("kind").asText());
            assertEquals(524901, moscou.get("geonameid").asLong());
            assertEquals("RU", moscou.get("country").asText());
            assertEquals("P.PPLC", moscou.get("feature").asText());
            assertTrue(moscou.get("confidence").asDouble() > 0);
        }
        byte[] first = Files.readAllBytes(out);
        Path out2 = dir.resolve("out2.jsonl");
        run(in, out2, "--threads", "1");
        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(out2), "deterministic output");
    }

    @Test
    void projectPlacesHaveNullGeonameid(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"k\",\"lang\":\"fr\",\"text\":\"La guerre au Haut-Karabakh.\"}\n");
        Run r = run(in, dir.resolve("o.jsonl"));
        JsonNode t = JSON.readTree(r.lines().get(0)).get("toponyms").get(0);
        assertTrue(t.get("geonameid").isNull());
        assertEquals("Nagorno-Karabakh", t.get("name").asText());
    }

    @Test
    void badRecordsAreReportedAndOthersProcessed(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.jsonl");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("{\"id\":\"ok1\",\"text\":\"Talks in Moscow.\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"utf\",\"text\":\"bad \u00ff".getBytes(StandardCharsets.ISO_8859_1));
        b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"empty\",\"text\":\"   \"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("this is not json\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"notext\",\"title\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"bin\",\"text\":\"\\u0001\\u0002\\u0003\\u0004\\u0005ab\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write(("{\"id\":\"big\",\"text\":\"" + "Moscow ".repeat(3000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {0, 1, 2, (byte) 0xfe, (byte) 0xff, '\n'});
        b.write("{\"id\":\"ok2\",\"text\":\"Talks in Baku.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in, b.toByteArray());
        Run r = run(in, dir.resolve("o.jsonl"), "--max-doc-bytes", "10000");
        assertEquals(65, r.exit());
        assertEquals(9, r.lines().size());
        assertFalse(JSON.readTree(r.lines().get(0)).has("error"));
        assertEquals("ok2", JSON.readTree(r.lines().get(8)).get("id").asText());
        assertEquals(1, JSON.readTree(r.lines().get(8)).get("toponyms").size());
        for (int i = 1; i <= 7; i++) {
            assertTrue(JSON.readTree(r.lines().get(i)).has("error"), r.lines().get(i));
            assertEquals(i + 1, JSON.readTree(r.lines().get(i)).get("line").asInt(), "the record's line in the file");
        }
        assertEquals("utf", JSON.readTree(r.lines().get(1)).get("id").asText().isEmpty() ? "" : "utf",
                "the id of an undecodable line is not known");
        assertTrue(r.err().contains(in + ":2: invalid UTF-8"), r.err());
        assertTrue(r.err().contains(in + ":3: empty text"), r.err());
        assertTrue(r.err().contains(in + ":4: not a JSON object"), r.err());
        assertTrue(r.err().contains(in + ":5: no \"text\""), r.err());
        assertTrue(r.err().contains(in + ":6: binary content"), r.err());
        assertTrue(r.err().contains(in + ":7: record too large"), r.err());
        assertTrue(r.err().contains(in + ":8: "), r.err());
    }

    @Test
    void folderOfTextFiles(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("docs"));
        Files.writeString(folder.resolve("b.txt"), "Moscow and Baku.");
        Files.writeString(folder.resolve("a.txt"), "Erevan et Bakou.");
        Files.writeString(folder.resolve("c.txt"), "");
        Files.writeString(folder.resolve("skip.md"), "Moscow");
        Run r = run(folder, dir.resolve("o.jsonl"));
        assertEquals(65, r.exit());
        assertEquals(3, r.lines().size());
        assertEquals("a.txt", JSON.readTree(r.lines().get(0)).get("id").asText());
        assertEquals("b.txt", JSON.readTree(r.lines().get(1)).get("id").asText());
        assertEquals("c.txt", JSON.readTree(r.lines().get(2)).get("id").asText());
        assertTrue(JSON.readTree(r.lines().get(2)).has("error"));
        assertTrue(r.err().contains("c.txt: empty text"), r.err());
    }

    @Test
    void evalCommandPrintsMetrics(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"Le ministre russe est à Moscou.\","
                + "\"toponyms\":[{\"start\":12,\"end\":17,\"kind\":\"demonym\",\"lat\":null,\"lon\":null},"
                + "{\"start\":24,\"end\":30,\"kind\":\"toponym\",\"geonameid\":524901,\"lat\":55.75,\"lon\":37.62}]}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(new EvalCommand(Fixtures.gazetteer(), ps, ps))
                .execute("--gold", gold.toString(), "--per-doc");
        assertEquals(0, exit);
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("ALL\tP=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\tAcc@161=1.000"), s);
        assertTrue(s.startsWith("a\t"), s);
    }

    @Test
    void weightsFileIsUsedAndABadOneNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"Le ministre est arrivé à Moscou.\"}\n");
        Path defaults = dir.resolve("defaults.txt");
        org.conflictmap.geoparse.ResolverWeights.DEFAULTS.save(defaults, List.of());
        Run plain = run(in, dir.resolve("o1.jsonl"));
        Run same = run(in, dir.resolve("o2.jsonl"), "--weights", defaults.toString());
        assertEquals(0, same.exit(), same.err());
        assertEquals(plain.lines(), same.lines());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "# weights\nnear = 2\ncountry = two\n");
        Run r = run(in, dir.resolve("o3.jsonl"), "--weights", bad.toString());
        assertEquals(78, r.exit());
        assertTrue(r.err().contains(bad + ":3: "), r.err());
        assertFalse(Files.exists(dir.resolve("o3.jsonl")));
    }
}
