package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path tmp;

    private static RunConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "t.yml", Path.of("base"));
    }

    private static List<String> problems(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).problems();
    }

    @Test
    void readsEverySection() throws Exception {
        RunConfig c = parse("""
                inputs:
                  - path: articles
                  - path: /abs/acled.csv
                    delimiter: ";"
                    encoding: windows-1252
                    date_formats: ["dd/MM/yyyy"]
                    events: {location: lieu, event_date: date}
                  - more.jsonl
                output: out
                gazetteer: g/gaz.bin
                threads: 3
                events:
                  min_confidence: 0.7
                  precision: admin1
                  default_type: none
                  far_point_km: 25
                outputs:
                  files: [places.csv, events.kml]
                maps:
                  extent: fit
                  layers: [base, events]
                  size: {width: 1600, height: 1100}
                charts: {enabled: false}
                """);
        assertEquals(3, c.inputs().size());
        assertEquals(Path.of("base/articles"), c.inputs().get(0).path());
        assertNull(c.inputs().get(0).delimiter());
        InputConfig acled = c.inputs().get(1);
        assertEquals(Path.of("/abs/acled.csv"), acled.path());
        assertEquals(';', acled.delimiter());
        assertEquals("windows-1252", acled.encoding());
        assertEquals(List.of("dd/MM/yyyy"), acled.dateFormats());
        assertEquals(Map.of("location", "lieu", "event_date", "date"), acled.eventColumns());
        assertEquals(Path.of("base/more.jsonl"), c.inputs().get(2).path());
        assertEquals(Path.of("base/out"), c.output());
        assertEquals(Path.of("base/g/gaz.bin"), c.gazetteer());
        assertEquals(3, c.threads());
        assertEquals(new EventsConfig(0.7, Precision.ADMIN1, null, 25), c.events());
        assertTrue(c.outputs().enabled("places.csv"));
        assertTrue(c.outputs().enabled("events.csv"));
        assertTrue(!c.outputs().enabled("errors.csv"));
        assertEquals("fit", c.maps().get("extent"));
        assertEquals(List.of("base", "events"), c.maps().get("layers"));
        assertEquals(Map.of("width", 1600, "height", 1100), c.maps().get("size"));
        assertEquals(Boolean.FALSE, c.charts().get("enabled"));
        assertEquals(Map.of(), c.report());
    }

    @Test
    void defaultsWhenEmpty() throws Exception {
        RunConfig c = parse("");
        assertEquals(List.of(), c.inputs());
        assertEquals(Path.of("base/output"), c.output());
        assertEquals(EventsConfig.DEFAULTS, c.events());
        assertEquals(OutputsConfig.ALL, c.outputs());
        assertEquals(EventType.OTHER, c.events().defaultType());
    }

    @Test
    void unknownKeysAreErrorsWithLineNumbers() {
        List<String> p = problems("""
                inputs:
                  - path: a
                    delimter: ";"
                output: out
                event:
                  min_confidence: 0.5
                events:
                  precison: place
                """);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.yml:3: unknown key 'inputs[].delimter'"), p.get(0));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("t.yml:8: unknown key 'events.precison'")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("t.yml:5: unknown key 'event'")), p.toString());
    }

    @Test
    void badValuesAreReportedTogether() {
        List<String> p = problems("""
                threads: many
                events:
                  min_confidence: 1.5
                  precision: street
                  default_type: skirmish
                inputs:
                  - path: a
                    encoding: latin-9
                    delimiter: ";;"
                    articles: {body: text}
                    date_formats: ["yyyy-MM-dd", "qqqqq{"]
                  - delimiter: ","
                outputs:
                  files: [events.csv, map.png]
                """);
        String all = String.join("\n", p);
        for (String expect : List.of("t.yml:1: 'threads' must be a whole number", "t.yml:3: 'events.min_confidence'",
                "t.yml:4: 'events.precision'", "t.yml:5: 'events.default_type'", "t.yml:8: 'inputs[].encoding'",
                "t.yml:9: 'inputs[].delimiter'", "t.yml:10: unknown key 'inputs[].articles.body'",
                "t.yml:11: bad date format 'qqqqq{'", "t.yml:12: an input needs a 'path'",
                "t.yml:14: unknown output file 'map.png'")) {
            assertTrue(all.contains(expect), "missing <" + expect + "> in\n" + all);
        }
    }

    @Test
    void syntaxErrorsAndDuplicatesNameTheLine() {
        List<String> p = problems("output: out\nthreads: [1, 2\n");
        assertTrue(p.get(0).startsWith("t.yml:3: not valid YAML"), p.get(0));
        List<String> d = problems("output: a\noutput: b\n");
        assertTrue(d.get(0).startsWith("t.yml:2: duplicate key 'output'"), d.get(0));
        List<String> top = problems("- just\n- a list\n");
        assertTrue(top.get(0).contains("must be a mapping"), top.get(0));
    }

    @Test
    void loadsAFileRelativeToItsFolder() throws Exception {
        Path dir = tmp.resolve("cfg");
        Files.createDirectories(dir);
        Path f = dir.resolve("run.yml");
        Files.writeString(f, "inputs: [data/a.jsonl]\noutput: ../out\n");
        RunConfig c = ConfigLoader.load(f);
        assertEquals(dir.resolve("data/a.jsonl").normalize(), c.inputs().get(0).path());
        assertEquals(tmp.resolve("out").normalize(), c.output());
        ConfigException missing = assertThrows(ConfigException.class, () -> ConfigLoader.load(tmp.resolve("nope.yml")));
        assertEquals(ExitCode.CONFIG, missing.exitCode());
    }

    @Test
    void repositoryExampleIsTheBuiltInConfiguration() throws Exception {
        Path example = Path.of("conflictmap.yml");
        if (!Files.isRegularFile(example)) {
            return; // run from elsewhere than the project folder
        }
        RunConfig fromFile = ConfigLoader.load(example);
        RunConfig builtIn = ConfigLoader.sampleDefaults(Path.of(""));
        assertEquals(builtIn, fromFile);
        assertEquals(2, builtIn.inputs().size());
        assertEquals(Files.readString(example), ConfigLoader.sampleDefaultsText(), "keep the two files identical");
    }

    @Test
    void weightsFileIsLoadedRelativeToTheConfigurationAndChangesTheFingerprint() throws Exception {
        Path dir = tmp.resolve("wcfg");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("w.txt"), "# learned\nnear = 3.5\n");
        Path f = dir.resolve("run.yml");
        Files.writeString(f, "inputs: [a.jsonl]\nweights: w.txt\n");
        RunConfig c = ConfigLoader.load(f);
        assertEquals(org.conflictmap.geoparse.ResolverWeights.DEFAULTS.with("near", 3.5), c.weights());
        assertTrue(c.weightsFingerprint().contains("near = 3.5"), c.weightsFingerprint());
        assertEquals(3.5, ((java.util.Map<?, ?>) c.toData().get("weights")).get("near"));
        RunConfig plain = ConfigLoader.parse("inputs: [a.jsonl]\n", "t.yml", dir);
        assertEquals(org.conflictmap.geoparse.ResolverWeights.DEFAULTS, plain.weights());
        assertEquals("", plain.weightsFingerprint(), "built-in weights keep the cache of earlier runs");
        assertTrue(!plain.toData().containsKey("weights"));
        Files.writeString(dir.resolve("bad.txt"), "near = 1\nfar = 2\n");
        Files.writeString(f, "inputs: [a.jsonl]\nweights: bad.txt\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f));
        assertTrue(e.getMessage().contains(dir.resolve("bad.txt") + ":2: unknown weight 'far'"), e.getMessage());
        Files.writeString(f, "inputs: [a.jsonl]\nweights: missing.txt\n");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f));
        assertTrue(e.getMessage().contains("weights: cannot read"), e.getMessage());
    }
}
