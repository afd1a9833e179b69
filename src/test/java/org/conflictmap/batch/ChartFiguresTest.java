package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFiguresTest {

    @TempDir
    Path tmp;

    private RunConfig config(Path out, Map<String, Object> charts) throws Exception {
        Path in = tmp.resolve("in/a.txt");
        Files.createDirectories(in.getParent());
        Files.writeString(in, "2020-09-27|Fighting near Stepanakert and Erevan\n2020-10-04|A bomb hit Bakou\n");
        RunConfig c = TestFixtures.config(out, 1, in.getParent());
        return new RunConfig(c.inputs(), out, null, 1, c.events(), c.outputs(), Map.of(), charts, Map.of());
    }

    @Test
    void chartsAreDrawnIntoTheRunAndListedInTheManifest() throws Exception {
        Map<String, Object> charts = Map.of("formats", List.of("svg"), "only", List.of("timeline", "types"));
        Path out = tmp.resolve("out");
        BatchRunner runner = TestFixtures.runner(List.of(new ChartFigures()));
        BatchRunner.Result r = runner.run(config(out, charts), false);
        assertEquals(ExitCode.OK, r.exitCode(), r.summary());
        List<Path> svgs;
        try (var s = Files.list(out.resolve("charts"))) {
            svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertEquals(2, svgs.size(), svgs.toString());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("ok", m.get("figure_stages").get("charts").asText());
        for (Path p : svgs) {
            assertTrue(m.get("outputs").toString().contains("charts/" + p.getFileName()), p.toString());
        }
        byte[] first = Files.readAllBytes(svgs.get(0));
        runner.run(config(out, charts), true);
        assertArrayEquals(first, Files.readAllBytes(svgs.get(0)), "charts are byte-identical on a rerun");
    }

    @Test
    void disabledOrInvalidSections() throws Exception {
        Path out = tmp.resolve("out");
        BatchRunner runner = TestFixtures.runner(List.of(new ChartFigures()));
        runner.run(config(out, Map.of("enabled", false)), false);
        assertFalse(Files.exists(out.resolve("charts")));
        ConfigException e = assertThrows(ConfigException.class,
                () -> runner.run(config(tmp.resolve("o2"), Map.of("colour", "red", "size", "poster")), false));
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
        assertEquals(2, e.problems().size(), e.problems().toString());
    }
}
