package org.conflictmap.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ConfigLoader;
import org.conflictmap.batch.EventsConfig;
import org.conflictmap.batch.InputConfig;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.OutputsConfig;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunLog;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.batch.StandardPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --engine spark} against the local run on a generated corpus, with the real reader,
 * geoparser, extractor, merger and aggregator: the data files are byte-identical, bad records are
 * reported identically, and a task that fails once is retried without duplicated events.
 */
@Tag("spark")
class SparkEngineTest {

    private static final List<String> DATA = List.of("events.csv", "places.csv", "unresolved.csv", "errors.csv",
            "aggregates.csv", "events.geojson", "events.kml");

    private static JavaSparkContext jsc;
    private static Path corpus;
    private static Path localOut;
    private static BatchRunner.Result local;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws IOException, RunException {
        jsc = new JavaSparkContext(SparkSessions.configure(new SparkConf()
                .setMaster("local[2,4]") // 2 threads, up to 4 attempts per task
                .setAppName("conflictmap-engine-test")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")));
        jsc.setLogLevel("ERROR");
        corpus = tmp.resolve("corpus");
        NewsCorpus.write(corpus, 4, 700, 60, 2020);
        localOut = tmp.resolve("local");
        local = new BatchRunner((cfg, gaz) -> new ComponentsPipeline(gaz.gazetteer()),
                p -> LoadedGazetteer.inMemory(ComponentsPipeline.gazetteer()), List.of(), RunLog.silent(), "test")
                .run(config(localOut), true);
    }

    @AfterAll
    static void stop() {
        if (jsc != null) {
            jsc.stop();
        }
    }

    /** Reads the corpus through a relative path (as users type them): locations must stay relative in both runs. */
    static RunConfig config(Path out) {
        Path relative = Path.of("").toAbsolutePath().relativize(corpus);
        return new RunConfig(List.of(InputConfig.of(relative)), out, null, 2, EventsConfig.DEFAULTS, OutputsConfig.ALL,
                Map.of(), Map.of(), Map.of());
    }

    @Test
    void sparkRunWritesTheLocalRunsDataFilesByteForByte() throws IOException, RunException {
        Path out = tmp.resolve("spark");
        BatchRunner.Result spark = new SparkEngine(jsc, new ComponentsPipeline.Source(), 5)
                .run(config(out), true, List.of(), RunLog.silent(), "test");

        assertTrue(local.counts().documents() > 2500, "a few thousand documents: " + local.counts());
        assertTrue(local.counts().events() > 100, "events: " + local.counts());
        assertTrue(local.counts().skipped() > 10, "bad records: " + local.counts());
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals(local.counts(), spark.counts());
        assertEquals(local.exitCode(), spark.exitCode());
        assertEquals(withoutRunSection(localOut), withoutRunSection(out));
    }

    @Test
    void badRecordsAreReportedAsInTheLocalRun() throws IOException, RunException {
        Path out = tmp.resolve("spark-errors");
        new SparkEngine(jsc, new ComponentsPipeline.Source(), 2).run(config(out), true, List.of(), RunLog.silent(),
                "test");
        String errors = Files.readString(out.resolve("errors.csv"), StandardCharsets.UTF_8);
        assertEquals(Files.readString(localOut.resolve("errors.csv"), StandardCharsets.UTF_8), errors);
        for (String expected : List.of("scan.bin,,error,binary file", "news-00.jsonl,18,error,invalid JSON",
                "news-01.jsonl,41,error,no text", "news-02.jsonl,56,error,unparsable date", "events.csv,4,error,no date",
                "events.csv,6,warning,",
                "internal error while processing this record: java.lang.IllegalStateException: simulated geoparser bug")) {
            assertTrue(errors.contains(expected), expected + " in\n" + errors);
        }
    }

    @Test
    void aTaskThatFailsOnceIsRetriedWithoutDuplicatedEvents() throws IOException, RunException {
        Path out = tmp.resolve("spark-retry");
        int before = FailingSource.FAILURES.get();
        BatchRunner.Result r = new SparkEngine(jsc, new FailingSource(), 4).run(config(out), true, List.of(),
                RunLog.silent(), "test");
        assertTrue(FailingSource.FAILURES.get() - before >= 4, "each read task failed on its first attempt");
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals(local.counts(), r.counts());
    }

    @Test
    void bundledSampleWithRelativeInputPathsGivesTheLocalRunsFiles() throws IOException, RunException {
        RunConfig sample = ConfigLoader.sampleDefaults(Path.of(""));
        assertEquals("sample/articles", sample.inputs().get(0).path().toString().replace('\\', '/'));
        Path localSample = tmp.resolve("sample-local");
        Path sparkSample = tmp.resolve("sample-spark");
        BatchRunner.Result a = new BatchRunner(StandardInMemory::standard, p -> StandardInMemory.gazetteer(),
                List.of(), RunLog.silent(), "test").run(sample.withOutput(localSample), true);
        BatchRunner.Result b = new SparkEngine(jsc, new StandardInMemory(), 3)
                .run(sample.withOutput(sparkSample), true, List.of(), RunLog.silent(), "test");
        assertTrue(a.counts().documents() >= 40 && a.counts().events() > 20, a.summary());
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(localSample.resolve(f)), Files.readAllBytes(sparkSample.resolve(f)), f);
        }
        assertEquals(a.counts(), b.counts());
        assertEquals(a.exitCode(), b.exitCode());
        assertEquals(0, a.exitCode(), "the bundled sample is clean");
    }

    /** The standard pipeline (as 'run' builds it) over the small in-memory gazetteer. */
    static final class StandardInMemory implements PipelineSource {
        private static final long serialVersionUID = 1L;

        static LoadedGazetteer gazetteer() {
            return LoadedGazetteer.inMemory(ComponentsPipeline.gazetteer());
        }

        static RunPipeline standard(RunConfig cfg, LoadedGazetteer gaz) throws RunException {
            return StandardPipeline.create(cfg, gaz);
        }

        @Override
        public LoadedGazetteer gazetteer(Path file) {
            return gazetteer();
        }

        @Override
        public RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) throws RunException {
            return standard(config, gazetteer);
        }
    }

    private static JsonNode withoutRunSection(Path out) throws IOException {
        ObjectNode m = (ObjectNode) new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        m.remove("run");
        ((ObjectNode) m.get("configuration")).remove("output");
        return m;
    }
}
