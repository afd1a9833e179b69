package org.conflictmap.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.conflictmap.events.Event;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.ingest.RecordError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark plumbing against order-sensitive fake stages, in local[2] with task retries allowed. */
@Tag("spark")
class SparkPipelineTest {

    private static JavaSparkContext jsc;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        SparkConf conf = SparkSessions.configure(new SparkConf()
                .setMaster("local[2,4]") // 2 threads, up to 4 attempts per task
                .setAppName("conflictmap-test")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.sql.shuffle.partitions", "4"));
        jsc = new JavaSparkContext(conf);
        jsc.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        if (jsc != null) {
            jsc.stop();
        }
    }

    private static SequentialReference reference;

    /** The shared generated corpus: 3,000 JSONL articles in 6 files, 40 text files, bad records. */
    private static Path corpus() throws IOException {
        Path dir = tmp.resolve("gen");
        if (!Files.exists(dir)) {
            Corpus.write(dir, 6, 500, 40, 42);
            reference = SequentialReference.run(new FakeStages(false), List.of(dir));
        }
        return dir;
    }

    @Test
    void generatedCorpusGivesTheSequentialResultExactly() throws IOException {
        Path dir = corpus();
        SequentialReference ref = reference;
        List<InputUnit> units = InputUnits.list(List.of(dir.toString()), jsc.hadoopConfiguration());
        SparkPipeline pipeline = new SparkPipeline(jsc, new FakeStages.Recipe(false), 5, 16 * 1024);
        List<FileScan> scans = pipeline.scan(units);
        CollectedRun run;
        try (SparkPipeline.Run r = pipeline.start(units, scans)) {
            run = CollectedRun.of(r, FakeStages.eventOrder());
        }
        long split = scans.stream().filter(sc -> sc.partStarts().size() >= 2).count();
        assertEquals(6, split, "each ~50 kB JSONL file is read in 3 or more parts");
        for (int i = 0; i < units.size(); i++) {
            FileScan sc = scans.get(i);
            byte[] bytes = Files.readAllBytes(Path.of(units.get(i).name()));
            assertEquals(bytes.length, sc.bytes());
            if (!units.get(i).name().endsWith(".jsonl")) {
                assertEquals(List.of(), sc.partStarts(), units.get(i).name());
            }
            for (int k = 0; k < sc.partStarts().size(); k++) {
                int at = (int) (long) sc.partStarts().get(k);
                assertEquals('\n', bytes[at - 1], "a part starts a line");
                long line = 1;
                for (int j = 0; j < at; j++) {
                    line += bytes[j] == '\n' ? 1 : 0;
                }
                assertEquals(line, sc.partLines().get(k));
            }
        }

        assertTrue(ref.documents > 3000, "corpus is a few thousand documents");
        assertTrue(ref.events.stream().anyMatch(e -> e.sources() > 5), "events merge several documents");
        assertEquals(ref.events, run.events());
        assertEquals(ref.unresolved, run.unresolved());
        assertEquals(ref.errors, run.errors());
        assertEquals(ref.warnings, run.warnings());
        assertEquals(ref.documents, run.documents());
        assertEquals(ref.mentions.size(), run.mentions());
        assertEquals(units.size(), run.files().size());
        Outcome.FileFacts b0 = run.files().stream().filter(f -> f.name().endsWith("batch-00.jsonl")).findFirst().orElseThrow();
        assertEquals(UnitReader.sha256(dir.resolve("batch-00.jsonl")), b0.sha256());
        assertEquals(Files.size(dir.resolve("batch-00.jsonl")), b0.bytes());
        assertArrayEquals(csv(ref.events, "ref.csv"), csv(run.events(), "spark.csv"));
        assertEquals(1, JvmStages.builds(new FakeStages.Recipe(false).cacheKey()), "stages built once per JVM");
    }

    @Test
    void badRecordsAreReportedAsInTheSequentialRun() throws IOException {
        Path dir = corpus();
        SequentialReference ref = reference;
        CollectedRun run = collect(new SparkPipeline(jsc, new FakeStages.Recipe(false), 3),
                InputUnits.list(List.of(dir.toString()), jsc.hadoopConfiguration()));
        assertEquals(ref.errors, run.errors());
        Set<String> reasons = new HashSet<>();
        for (RecordError e : run.errors()) {
            reasons.add(e.reason());
        }
        assertEquals(Set.of("invalid JSON", "missing \"text\"", "unsupported file type"), reasons);
        RecordError first = run.errors().get(0);
        assertTrue(first.location().file().endsWith("notes.bin"), first.toString());
        RecordError json = run.errors().get(1);
        assertEquals(dir.resolve("batch-00.jsonl").toString(), json.location().file());
        assertEquals(7, json.location().line(), "line numbers count the blank line before");
        assertTrue(run.warnings().stream().anyMatch(w -> w.reason().startsWith("no date")));
    }

    @Test
    void failedTasksAreRetriedWithoutDuplicatedEvents() throws IOException {
        Path dir = corpus();
        SequentialReference ref = reference;
        int before = FakeStages.INJECTED.get();
        CollectedRun run = collect(new SparkPipeline(jsc, new FakeStages.Recipe(true), 4, 16 * 1024),
                InputUnits.list(List.of(dir.toString()), jsc.hadoopConfiguration()));
        assertTrue(FakeStages.INJECTED.get() - before >= 4, "every read task failed once, after output");
        assertEquals(ref.errors, run.errors());
        assertEquals(ref.events, run.events());
        assertEquals(ref.documents, run.documents());
        assertEquals(ref.unresolved, run.unresolved());
        Set<String> ids = new HashSet<>();
        for (Event e : run.events()) {
            assertTrue(ids.add(e.id()), "duplicate event " + e.id());
        }
    }

    @Test
    void hadoopUrisAreReadThroughTheFileSystemApiAndNamedByUri() throws IOException {
        Path dir = corpus();
        Path file = dir.resolve("batch-01.jsonl");
        SequentialReference ref = SequentialReference.run(new FakeStages(false), List.of(file));
        String uri = file.toUri().toString();
        CollectedRun run = collect(new SparkPipeline(jsc, new FakeStages.Recipe(false), 2, 8 * 1024),
                List.of(InputUnit.of(0, uri, false)));
        assertEquals(ref.events.size(), run.events().size());
        assertEquals(ref.errors.size(), run.errors().size());
        for (int i = 0; i < ref.errors.size(); i++) {
            assertEquals(uri, run.errors().get(i).location().file());
            assertEquals(ref.errors.get(i).location().line(), run.errors().get(i).location().line());
            assertEquals(ref.errors.get(i).reason(), run.errors().get(i).reason());
        }
        assertEquals(UnitReader.sha256(file), run.files().get(0).sha256());
    }

    @Test
    void aFileThatCannotBeReadContributesNothingAndIsReported() throws IOException {
        Path dir = tmp.resolve("io");
        Corpus.write(dir, 2, 50, 0, 7);
        Files.writeString(dir.resolve("disk.fail"), "x");
        SequentialReference ok = SequentialReference.run(new FakeStages(false), List.of(dir.resolve("batch-00.jsonl"),
                dir.resolve("batch-01.jsonl"), dir.resolve("articles")));
        List<InputUnit> units = InputUnits.list(List.of(dir.toString()), jsc.hadoopConfiguration());
        CollectedRun run = collect(new SparkPipeline(jsc, new FakeStages.Recipe(false), 2), units);
        assertEquals(ok.events, run.events());
        RecordError io = run.errors().stream().filter(e -> e.reason().startsWith("I/O error")).findFirst().orElseThrow();
        assertEquals("I/O error: device error reading " + dir.resolve("disk.fail"), io.reason());
        assertEquals(units.size() - 1, run.files().size());
    }

    private static CollectedRun collect(SparkPipeline pipeline, List<InputUnit> units) {
        try (SparkPipeline.Run run = pipeline.start(units)) {
            return CollectedRun.of(run, FakeStages.eventOrder());
        }
    }

    private static byte[] csv(List<Event> events, String name) throws IOException {
        Path f = tmp.resolve(name);
        EventsCsv.write(f, events);
        return Files.readAllBytes(f);
    }
}
