package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.export.sqlite.SqliteTestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class BatchRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path write(String name, String... lines) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private void standardInputs() throws IOException {
        write("a.txt",
                "2020-09-27|Fighting near Stepanakert and Erevan",
                "2020-09-27|Shelling of Stepanakert reported, Xanadu quiet",
                "2020-10-04|A bomb hit Bakou");
        write("b.txt",
                "2020-10-04|A bomb hit Baku again",
                "ROW|2020-10-05|Battles|Khankendi",
                "2020-10-06|Yerevan in doubt, Xanadu and Xyz mentioned");
    }

    private static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** Every file under a folder except manifest.json and the state/lock, with its bytes. */
    private static Map<String, byte[]> dataFiles(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && !n.startsWith(".") && !n.equals("manifest.json")) {
                    m.put(n, Files.readAllBytes(p));
                }
            }
        }
        return m;
    }

    private static JsonNode manifestWithoutRun(Path dir) throws IOException {
        ObjectNode n = (ObjectNode) JSON.readTree(dir.resolve("manifest.json").toFile());
        n.remove("run");
        ((ObjectNode) n.get("configuration")).remove("output");
        ((ObjectNode) n.get("configuration")).remove("threads");
        return n;
    }

    private static void assertSameOutputs(Path a, Path b) throws IOException {
        Map<String, byte[]> fa = dataFiles(a);
        Map<String, byte[]> fb = dataFiles(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k + " differs");
        }
        assertEquals(manifestWithoutRun(a), manifestWithoutRun(b));
    }

    @Test
    void writesEveryOutputAndCountsAddUp() throws Exception {
        standardInputs();
        write("c.txt", "not a record", "2020-13-45|bad date", "2020-10-07|CRASH at Baku", "2020-10-07|Baku calm");
        Path out = tmp.resolve("out");
        BatchRunner.Result r = TestFixtures.runner().run(TestFixtures.config(out, 2, tmp.resolve("in")), false);

        assertEquals(ExitCode.DATA_ERR, r.exitCode(), r.summary());
        RunCounts c = r.counts();
        assertEquals(10, c.recordsRead());
        assertEquals(c.recordsRead(), c.processed() + c.skipped());
        assertEquals(3, c.skipped());
        List<CSVRecord> errors = csv(out.resolve("errors.csv"));
        assertEquals(c.skipped(), errors.stream().filter(e -> e.get("severity").equals("error")).count());
        assertEquals(c.warnings(), errors.stream().filter(e -> e.get("severity").equals("warning")).count());
        assertEquals(1, c.warnings());
        CSVRecord firstError = errors.stream().filter(e -> e.get("severity").equals("error")).findFirst().orElseThrow();
        assertEquals("in/c.txt", firstError.get("file").replace(tmp.toString() + "/", ""));
        assertEquals("1", firstError.get("line"));
        assertTrue(errors.stream().anyMatch(e -> e.get("reason").contains("simulated geoparser bug")));

        for (String f : List.of("events.csv", "places.csv", "unresolved.csv", "errors.csv", "aggregates.csv",
                "events.geojson", "events.kml", "events.gpkg", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(c.events(), EventsCsv.read(out.resolve("events.csv")).size());
        SqliteTestReader gpkg = new SqliteTestReader(Files.readAllBytes(out.resolve("events.gpkg")));
        assertEquals(c.events(), gpkg.scanTable(gpkg.root("events")).rows().size());
        List<CSVRecord> places = csv(out.resolve("places.csv"));
        assertEquals(List.of("Baku", "Stepanakert", "Yerevan"), places.stream().map(p -> p.get("place")).toList());
        CSVRecord stepanakert = places.get(1);
        assertEquals("2", stepanakert.get("events"));
        assertEquals("3", stepanakert.get("documents"));
        assertEquals("2020-09-27", stepanakert.get("first_date"));
        assertEquals("2020-10-05", stepanakert.get("last_date"));
        assertEquals("39.81770", stepanakert.get("lat"));
        List<CSVRecord> unresolved = csv(out.resolve("unresolved.csv"));
        assertEquals("Xanadu", unresolved.get(0).get("name"));
        assertEquals("2", unresolved.get(0).get("documents"));
        assertEquals("2", unresolved.get(0).get("mentions"));

        JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, m.get("inputs").size());
        assertEquals(Hashing.sha256(tmp.resolve("in/a.txt")), m.get("inputs").get(0).get("sha256").asText());
        assertEquals(10, m.get("counts").get("records_read").asInt());
        assertEquals(1, m.get("counts").get("skipped_by_reason").get("malformed record").asInt());
        for (JsonNode o : m.get("outputs")) {
            assertEquals(Hashing.sha256(out.resolve(o.get("file").asText())), o.get("sha256").asText());
        }
        assertEquals(8, m.get("outputs").size());
        assertTrue(m.get("run").get("timings").has("total_ms"));
    }

    @Test
    void rerunIsByteIdenticalAndThreadCountDoesNotMatter() throws Exception {
        standardInputs();
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        TestFixtures.runner().run(TestFixtures.config(one, 1, tmp.resolve("in")), false);
        Map<String, byte[]> first = dataFiles(one);
        TestFixtures.runner().run(TestFixtures.config(one, 1, tmp.resolve("in")), true);
        Map<String, byte[]> again = dataFiles(one);
        for (String k : first.keySet()) {
            assertArrayEquals(first.get(k), again.get(k), k);
        }
        TestFixtures.runner().run(TestFixtures.config(two, 4, tmp.resolve("in")), false);
        assertSameOutputs(one, two);
    }

    @Test
    void incrementalRunEqualsFullRun() throws Exception {
        standardInputs();
        Path inc = tmp.resolve("inc");
        BatchRunner.Result r1 = TestFixtures.runner().run(TestFixtures.config(inc, 2, tmp.resolve("in")), false);
        assertEquals(2, JSON.readTree(inc.resolve("manifest.json").toFile()).get("run").get("inputs_parsed").asInt());
        // change one file, add one: the rerun parses just those two
        write("b.txt", "2020-10-04|A bomb hit Baku again", "2020-10-08|Stepanakert shelled");
        write("d.txt", "2020-10-09|Erevan protest");
        BatchRunner.Result r2 = TestFixtures.runner().run(TestFixtures.config(inc, 2, tmp.resolve("in")), false);
        JsonNode run = JSON.readTree(inc.resolve("manifest.json").toFile()).get("run");
        assertEquals("incremental", run.get("mode").asText());
        assertEquals(2, run.get("inputs_parsed").asInt());
        assertEquals(1, run.get("inputs_reused").asInt());
        assertFalse(r2.counts().equals(r1.counts()));

        Path full = tmp.resolve("full");
        TestFixtures.runner().run(TestFixtures.config(full, 2, tmp.resolve("in")), true);
        assertSameOutputs(inc, full);
        // cache entries of replaced inputs are gone: one per current input file
        try (Stream<Path> s = Files.list(inc.resolve(StateStore.DIR).resolve("cache"))) {
            assertEquals(3, s.count());
        }
    }

    @Test
    void partitionedMergeGivesTheSameOutputs() throws Exception {
        standardInputs();
        Path whole = tmp.resolve("whole");
        Path parts = tmp.resolve("parts");
        TestFixtures.runner().run(TestFixtures.config(whole, 1, tmp.resolve("in")), false);
        TestFixtures.runner().withPartitionSize(2).run(TestFixtures.config(parts, 1, tmp.resolve("in")), false);
        assertSameOutputs(whole, parts);
        try (Stream<Path> s = Files.list(parts.resolve(StateStore.DIR).resolve("work"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void mergingReportsAsTheyArriveGivesTheSameOutputs() throws Exception {
        standardInputs();
        Path whole = tmp.resolve("whole");
        Path streamed = tmp.resolve("streamed");
        TestFixtures.runner().run(TestFixtures.config(whole, 2, tmp.resolve("in")), false);
        TestFixtures.streamingRunner().run(TestFixtures.config(streamed, 2, tmp.resolve("in")), false);
        assertSameOutputs(whole, streamed);
        // incremental: the reused file's reports come from its cache, in input order
        write("b.txt", "2020-10-04|A bomb hit Baku again", "2020-10-08|Stepanakert shelled");
        TestFixtures.runner().run(TestFixtures.config(whole, 2, tmp.resolve("in")), true);
        TestFixtures.streamingRunner().run(TestFixtures.config(streamed, 2, tmp.resolve("in")), false);
        JsonNode run = JSON.readTree(streamed.resolve("manifest.json").toFile()).get("run");
        assertEquals(1, run.get("inputs_parsed").asInt(), run.toString());
        assertSameOutputs(whole, streamed);
        // an input that cannot be read: the merge falls back to the cached reports of the others
        write("ioerror.txt", "2020-10-04|Baku");
        TestFixtures.runner().run(TestFixtures.config(whole, 2, tmp.resolve("in")), true);
        BatchRunner.Result r = TestFixtures.streamingRunner().run(TestFixtures.config(streamed, 2, tmp.resolve("in")),
                false);
        assertEquals(ExitCode.IO_ERR, r.exitCode());
        assertSameOutputs(whole, streamed);
    }

    @Test
    void anotherBuildOfTheToolForcesAFullRun() throws Exception {
        standardInputs();
        Path out = tmp.resolve("out");
        RunConfig cfg = TestFixtures.config(out, 1, tmp.resolve("in"));
        TestFixtures.runner().withBuild("build-a").run(cfg, false);
        TestFixtures.runner().withBuild("build-a").run(cfg, false);
        assertEquals("incremental", JSON.readTree(out.resolve("manifest.json").toFile()).get("run").get("mode").asText());
        TestFixtures.runner().withBuild("build-b").run(cfg, false);
        JsonNode run = JSON.readTree(out.resolve("manifest.json").toFile()).get("run");
        assertEquals("full", run.get("mode").asText());
        assertEquals(2, run.get("inputs_parsed").asInt());
    }

    @Test
    void changedEventOptionsForceAFullRun() throws Exception {
        standardInputs();
        Path out = tmp.resolve("out");
        RunConfig cfg = TestFixtures.config(out, 1, tmp.resolve("in"));
        TestFixtures.runner().run(cfg, false);
        TestFixtures.runner().run(cfg, false);
        assertEquals("incremental", JSON.readTree(out.resolve("manifest.json").toFile()).get("run").get("mode").asText());
        RunConfig changed = cfg.withEvents(new EventsConfig(0.7, cfg.events().precision(), cfg.events().defaultType(),
                cfg.events().farPointKm()));
        TestFixtures.runner().run(changed, false);
        JsonNode run = JSON.readTree(out.resolve("manifest.json").toFile()).get("run");
        assertEquals("full", run.get("mode").asText());
        assertEquals(2, run.get("inputs_parsed").asInt());
    }

    @Test
    void secondRunOnALockedFolderIsRefused() throws Exception {
        standardInputs();
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        try (RunLock held = RunLock.acquire(out)) {
            RunException e = assertThrows(RunException.class,
                    () -> TestFixtures.runner().run(TestFixtures.config(out, 1, tmp.resolve("in")), false));
            assertEquals(ExitCode.CANT_CREATE, e.exitCode());
            assertTrue(e.getMessage().contains("another conflictmap run (pid " + ProcessHandle.current().pid() + ")"),
                    e.getMessage());
        }
        assertEquals(ExitCode.OK, TestFixtures.runner().run(TestFixtures.config(out, 1, tmp.resolve("in")), false)
                .exitCode());
    }

    @Test
    void exitCodesForNoInputAndUnwritableOutput() throws Exception {
        RunException missing = assertThrows(RunException.class, () -> TestFixtures.runner()
                .run(TestFixtures.config(tmp.resolve("out"), 1, tmp.resolve("nothing-here")), false));
        assertEquals(ExitCode.NO_INPUT, missing.exitCode());
        assertTrue(missing.getMessage().contains("nothing-here"));
        Files.createDirectories(tmp.resolve("empty/.hidden"));
        Files.writeString(tmp.resolve("empty/.hidden/x.txt"), "2020-01-01|Baku");
        RunException empty = assertThrows(RunException.class, () -> TestFixtures.runner()
                .run(TestFixtures.config(tmp.resolve("out"), 1, tmp.resolve("empty")), false));
        assertEquals(ExitCode.NO_INPUT, empty.exitCode());

        standardInputs();
        Path blocker = tmp.resolve("file-not-folder");
        Files.writeString(blocker, "x");
        RunException unwritable = assertThrows(RunException.class, () -> TestFixtures.runner()
                .run(TestFixtures.config(blocker.resolve("out"), 1, tmp.resolve("in")), false));
        assertEquals(ExitCode.CANT_CREATE, unwritable.exitCode());
    }

    @Test
    void unreadableInputIsExit74AndListed() throws Exception {
        standardInputs();
        write("ioerror.txt", "2020-10-04|Baku");
        Path out = tmp.resolve("out");
        BatchRunner.Result r = TestFixtures.runner().run(TestFixtures.config(out, 1, tmp.resolve("in")), false);
        assertEquals(ExitCode.IO_ERR, r.exitCode());
        List<CSVRecord> errors = csv(out.resolve("errors.csv"));
        assertTrue(errors.stream().anyMatch(e -> e.get("file").endsWith("ioerror.txt")
                && e.get("reason").contains("simulated disk failure")));
        assertTrue(Files.isRegularFile(out.resolve("events.csv")));
    }

    @Test
    void formulaCellsAreNeutralised() throws Exception {
        write("f.txt", "2020-10-04|=HYPERLINK(\"http://x\") attacked, +Xcmd seen", "=cmd|bad");
        Path out = tmp.resolve("out");
        TestFixtures.runner().run(TestFixtures.config(out, 1, tmp.resolve("in")), false);
        String events = Files.readString(out.resolve("events.csv"));
        assertTrue(events.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), events);
        assertEquals("'+Xcmd", csv(out.resolve("unresolved.csv")).get(0).get("name"));
        assertEquals("'=HYPERLINK(\"http://x\")", csv(out.resolve("places.csv")).get(0).get("place"));
        // the reader round-trips the neutralised cell
        assertEquals("=HYPERLINK(\"http://x\")", EventsCsv.read(out.resolve("events.csv")).get(0).place());
    }

    @Test
    void geoJsonAndKmlParseBack() throws Exception {
        write("g.txt", "2020-10-04|Stepanakert <b>&amp; \"Erevan\"</b> attacked", "ROW|2020-10-05|Riots|Baku");
        Path out = tmp.resolve("out");
        BatchRunner.Result r = TestFixtures.runner().run(TestFixtures.config(out, 1, tmp.resolve("in")), false);
        var events = EventsCsv.read(out.resolve("events.csv"));
        assertEquals(3, events.size());

        JsonNode gj = JSON.readTree(out.resolve("events.geojson").toFile());
        assertEquals("FeatureCollection", gj.get("type").asText());
        assertEquals(events.size(), gj.get("features").size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode f = gj.get("features").get(i);
            assertEquals("Point", f.get("geometry").get("type").asText());
            assertEquals(events.get(i).lon(), f.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
            assertEquals(events.get(i).lat(), f.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
            List<String> props = new ArrayList<>();
            f.get("properties").fieldNames().forEachRemaining(props::add);
            assertEquals(EventsCsv.HEADER, props);
            assertEquals(events.get(i).evidence(), f.get("properties").get("evidence").asText());
        }
        JsonNode riot = gj.get("features").get(2).get("properties");
        assertEquals(3, riot.get("fatalities").asInt());
        assertTrue(gj.get("features").get(0).get("properties").get("fatalities").isNull());

        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        org.w3c.dom.Document kml = dbf.newDocumentBuilder().parse(out.resolve("events.kml").toFile());
        NodeList pms = kml.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark");
        assertEquals(events.size(), pms.getLength());
        NodeList coords = kml.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "coordinates");
        assertEquals(EventsCsv.coord(events.get(0).lon()) + "," + EventsCsv.coord(events.get(0).lat()),
                coords.item(0).getTextContent());
        String kmlText = Files.readString(out.resolve("events.kml"));
        assertTrue(kmlText.contains("&lt;b&gt;&amp;amp; &quot;Erevan&quot;&lt;/b&gt;"));
        assertEquals(ExitCode.OK, r.exitCode());
    }

    @Test
    void figureStagesRunAfterTheDataAndTheirFilesAreInTheManifest() throws Exception {
        standardInputs();
        Path out = tmp.resolve("out");
        FigureStage charts = new FigureStage() {
            @Override
            public String name() {
                return "charts";
            }

            @Override
            public List<Path> render(RunOutputs o, Map<String, Object> section) throws IOException {
                Path f = o.outputDir().resolve("charts/count.txt");
                org.conflictmap.io.AtomicFiles.writeString(f, o.events().size() + " " + section.get("title"));
                return List.of(f);
            }
        };
        RunConfig cfg = TestFixtures.config(out, 1, tmp.resolve("in"));
        cfg = new RunConfig(cfg.inputs(), out, null, 1, cfg.events(), cfg.outputs(), Map.of(),
                Map.of("title", "T"), Map.of("enabled", false));
        BatchRunner.Result r = TestFixtures.runner(List.of(charts)).run(cfg, false);
        assertEquals(r.counts().events() + " T", Files.readString(out.resolve("charts/count.txt")));
        JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
        assertTrue(m.get("outputs").toString().contains("charts/count.txt"));
        assertEquals("ok", m.get("figure_stages").get("charts").asText());
    }
}
