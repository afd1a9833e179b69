package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.ResolverWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES = {"Alvania", "Borduria", "Caledora", "Drusenia"};

    private static Place country(int i) {
        return new Place(1 + i, NAMES[i], "A", "PCLI", "C" + (char) ('A' + i), "00", 10 + 5 * i, 10 + 5 * i,
                5_000_000, null);
    }

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            names.put(country(i), List.of());
            names.put(new Place(100 + i, NAMES[i], "P", "PPL", "ZZ", "01", -30 - i, -120 + 3 * i, 4_000, null),
                    List.of());
        }
        return InMemoryGazetteer.of(names);
    }

    private static Path gold(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < 8; d++) {
            String a = NAMES[d % 4];
            String c = NAMES[(d + 1) % 4];
            String text = "Talks between " + a + " and " + c + " failed.";
            ObjectNode n = JSON.createObjectNode().put("id", "d" + d).put("lang", "en").put("text", text);
            ArrayNode t = n.putArray("toponyms");
            for (int k : new int[] {d % 4, (d + 1) % 4}) {
                int start = text.indexOf(NAMES[k]);
                t.addObject().put("start", start).put("end", start + NAMES[k].length()).put("surface", NAMES[k])
                        .put("geonameid", 1 + k).put("lat", country(k).lat()).put("lon", country(k).lon());
            }
            b.append(JSON.writeValueAsString(n)).append('\n');
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, b.toString());
        return gold;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new TrainCommand(gazetteer(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void learnsFromAWrongStartReportsHeldOutFiguresAndWritesTheSameFileTwice(@TempDir Path dir) throws Exception {
        Path gold = gold(dir);
        Path start = dir.resolve("start.txt");
        Files.writeString(start, "ppl = 40\n");
        Path w1 = dir.resolve("w1.txt");
        Run r = run("--gold", gold.toString(), "--folds", "4", "--seed", "3", "--oracle-spans", "--only", "ppl,country",
                "--weights", start.toString(), "--output", w1.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("k=4, seed=3, oracle spans"), r.out());
        assertTrue(r.out().matches("(?s).*\\npooled\\s+8\\s+16 \\| learned\\s+1\\.000 .* \\| start\\s+0\\.000 .*"), r.out());
        assertTrue(r.err().contains("fold 4/4 pass 1"), r.err());
        ResolverWeights learned = ResolverWeights.load(w1);
        assertTrue(learned.ppl() < 12, learned.toString());
        assertEquals(ResolverWeights.DEFAULTS.near(), learned.near());
        String text = Files.readString(w1);
        assertTrue(text.startsWith("# Resolver weights learned by 'conflictmap train' on gold.jsonl"), text);
        Path w2 = dir.resolve("w2.txt");
        run("--gold", gold.toString(), "--folds", "4", "--seed", "3", "--oracle-spans", "--only", "ppl,country",
                "--weights", start.toString(), "--output", w2.toString());
        assertEquals(text, Files.readString(w2));
    }

    @Test
    void badArgumentsAreClearErrors(@TempDir Path dir) throws Exception {
        Path gold = gold(dir);
        Run r = run("--gold", gold.toString(), "--folds", "9", "--output", dir.resolve("w.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--folds"), r.err());
        r = run("--gold", gold.toString(), "--only", "nope", "--output", dir.resolve("w.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown weight 'nope'"), r.err());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "ppl = x\n");
        r = run("--gold", gold.toString(), "--weights", bad.toString(), "--output", dir.resolve("w.txt").toString());
        assertEquals(78, r.exit());
        assertTrue(r.err().contains(bad + ":1: "), r.err());
        assertTrue(!Files.exists(dir.resolve("w.txt")));
    }
}
