package org.conflictmap.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ConfigLoader;
import org.conflictmap.batch.EventsConfig;
import org.conflictmap.batch.InputConfig;
import org.conflictmap.batch.OutputsConfig;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --engine spark} against the local run on a generated corpus of a few thousand articles, both
 * with the real pipeline ({@code StandardPipeline}): the data files are byte-identical, large JSONL files are
 * read in several parts, bad records are reported identically, a task that dies on its first attempt is
 * retried without duplicated events, and inputs given as {@code file://} URIs and globs are read through
 * Hadoop with the same results.
 */
@Tag("spark")
class SparkEngineTest {

    private static final List<String> DATA = List.of("events.csv", "places.csv", "unresolved.csv", "errors.csv",
            "aggregates.csv", "events.geojson", "events.kml", "events.gpkg");

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
                .set("spark.ui.enabled", "false")
                .set(SparkEngine.PART_BYTES, "24k"))); // the ~100 kB JSONL files are read in parts
        jsc.setLogLevel("ERROR");
        corpus = tmp.resolve("corpus");
        NewsCorpus.write(corpus, 4, 700, 60, 2020);
        localOut = tmp.resolve("local");
        local = localRunner().run(config(localOut, InputConfig.of(relative(corpus))), true);
    }

    @AfterAll
    static void stop() {
        if (jsc != null) {
            jsc.stop();
        }
    }

    private static BatchRunner localRunner() {
        return new BatchRunner((cfg, gaz) -> TestPipelines.create(cfg, gaz, false), p -> TestPipelines.loaded(),
                List.of(), RunLog.silent(), "test");
    }

    /** A path relative to the working directory (as users type them): locations stay relative in both runs. */
    private static Path relative(Path p) {
        return Path.of("").toAbsolutePath().relativize(p);
    }

    private static RunConfig config(Path out, InputConfig... inputs) {
        return new RunConfig(List.of(inputs), out, null, 2, EventsConfig.DEFAULTS, OutputsConfig.ALL, Map.of(),
                Map.of(), Map.of());
    }

    private static BatchRunner.Result spark(PipelineSource source, RunConfig cfg, RunLog log) throws RunException {
        return new SparkEngine(jsc, source, 5).run(cfg, true, List.of(), log, "test");
    }

    @Test
    void sparkRunWritesTheLocalRunsDataFilesByteForByteReadingLargeFilesInParts() throws IOException, RunException {
        Path out = tmp.resolve("spark");
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        BatchRunner.Result spark = spark(new TestPipelines.Source(), config(out, InputConfig.of(relative(corpus))),
                new RunLog(new PrintStream(logged, true, StandardCharsets.UTF_8), true, false));

        assertTrue(local.counts().documents() > 2500, "a few thousand documents: " + local.counts());
        assertTrue(local.counts().events() > 100, "events: " + local.counts());
        assertTrue(local.counts().skipped() > 10, "bad records: " + local.counts());
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals(local.counts(), spark.counts());
        assertEquals(local.exitCode(), spark.exitCode());
        assertEquals(withoutRunSection(localOut), withoutRunSection(out));
        Matcher m = Pattern.compile("reading (\\d+) input files in (\\d+) parts").matcher(logged.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), logged.toString(StandardCharsets.UTF_8));
        assertTrue(Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1)) + 4 * 3,
                "each ~100 kB JSONL file is read in 4-5 parts: " + m.group());

        String errors = Files.readString(out.resolve("errors.csv"), StandardCharsets.UTF_8);
        for (String expected : List.of("scan.bin,,error,", "news-00.jsonl,18,error,invalid JSON",
                "news-01.jsonl,41,error,no text", "news-02.jsonl,56,error,", "events.csv,4,error,",
                "internal error while processing this record: java.lang.IllegalStateException: simulated geoparser bug")) {
            assertTrue(errors.contains(expected), expected + " in\n" + errors);
        }
    }

    @Test
    void aTaskThatDiesOnItsFirstAttemptIsRetriedWithoutDuplicatedEvents() throws IOException, RunException {
        Path out = tmp.resolve("spark-retry");
        int before = TestPipelines.KILLED.get();
        BatchRunner.Result r = spark(new TestPipelines.Killing(), config(out, InputConfig.of(relative(corpus))),
                RunLog.silent());
        assertTrue(TestPipelines.KILLED.get() - before >= 5, "each read task died on its first attempt");
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals(local.counts(), r.counts());
    }

    /**
     * A folder given as a file:// URI and a glob over JSONL files give the local run's results on the same files
     * given as local paths, the files named by their URIs. (Ids that embed a file name, those of event-table rows
     * and of JSONL records without an id, change with the name, so the corpus here has neither.)
     */
    @Test
    void fileUriFoldersAndGlobsAreReadThroughHadoopWithTheLocalResults() throws IOException, RunException {
        Path localUri = tmp.resolve("local-uri");
        BatchRunner.Result a = localRunner().run(config(localUri, InputConfig.of(relative(corpus.resolve("articles"))),
                InputConfig.of(relative(corpus.resolve("news-02.jsonl")))), true);
        Path out = tmp.resolve("spark-uri");
        String dir = corpus.toAbsolutePath().toUri().getPath().replaceAll("/$", "");
        BatchRunner.Result b = spark(new TestPipelines.Source(), config(out,
                InputConfig.ofUri("file://" + dir + "/articles/"), InputConfig.ofUri("file://" + dir + "/news-*2.jsonl")),
                RunLog.silent());
        String localDir = relative(corpus).toString().replace('\\', '/');
        String errors = Files.readString(out.resolve("errors.csv"), StandardCharsets.UTF_8);
        assertTrue(errors.contains("file://" + dir + "/articles/scan.bin,,error,"), errors);
        assertTrue(errors.contains("file:" + dir + "/news-02.jsonl,56,error,"), errors);
        for (String f : DATA) {
            if (f.endsWith(".gpkg")) {
                continue; // binary: its document URIs cannot be rewritten as text (the other tests compare it)
            }
            String expected = Files.readString(localUri.resolve(f), StandardCharsets.UTF_8);
            String got = Files.readString(out.resolve(f), StandardCharsets.UTF_8).replace("file://" + dir, localDir)
                    .replace("file:" + dir, localDir);
            assertEquals(expected, got, f);
        }
        assertEquals(a.counts(), b.counts());
        assertEquals(62 + 1, b.counts().inputs(), "60 articles, scan.bin, notes.docx, the one glob match");
        assertTrue(a.counts().documents() > 700 && a.counts().events() > 100, a.summary());
    }

    /**
     * An output URI: the run writes a staging folder and publishes it; a rerun from another, empty staging folder
     * fetches the state and is incremental, with the same files.
     */
    @Test
    void anOutputUriReceivesTheRunsFilesAndItsStateForIncrementalReruns() throws IOException, RunException {
        Path remote = tmp.resolve("remote-out");
        String uri = remote.toUri().toString();
        RunConfig cfg = config(tmp.resolve("unused"), InputConfig.of(relative(corpus.resolve("news-03.jsonl"))));
        Path stage1 = tmp.resolve("stage1");
        BatchRunner.Result first = RemoteOutput.run(uri, stage1, jsc.hadoopConfiguration(),
                dir -> new SparkEngine(jsc, new TestPipelines.Source(), 3).run(cfg.withOutput(dir), true, List.of(),
                        RunLog.silent(), "test"));
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(stage1.resolve(f)), Files.readAllBytes(remote.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(remote.resolve(".conflictmap-state/state.json")));
        assertTrue(!Files.exists(remote.resolve(".conflictmap.lock")), "the lock stays local");
        Path stage2 = tmp.resolve("stage2");
        BatchRunner.Result second = RemoteOutput.run(uri, stage2, jsc.hadoopConfiguration(),
                dir -> new SparkEngine(jsc, new TestPipelines.Source(), 3).run(cfg.withOutput(dir), false, List.of(),
                        RunLog.silent(), "test"));
        JsonNode run = new ObjectMapper().readTree(remote.resolve("manifest.json").toFile()).get("run");
        assertEquals("incremental", run.get("mode").asText(), run.toString());
        assertEquals(1, run.get("inputs_reused").asInt(), run.toString());
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(stage1.resolve(f)), Files.readAllBytes(remote.resolve(f)), f);
        }
        assertEquals(first.counts(), second.counts());
    }

    @Test
    void bundledSampleWithRelativeInputPathsGivesTheLocalRunsFiles() throws IOException, RunException {
        RunConfig sample = ConfigLoader.sampleDefaults(Path.of(""));
        assertEquals("sample/articles", sample.inputs().get(0).path().toString().replace('\\', '/'));
        Path localSample = tmp.resolve("sample-local");
        Path sparkSample = tmp.resolve("sample-spark");
        BatchRunner.Result a = localRunner().run(sample.withOutput(localSample), true);
        BatchRunner.Result b = spark(new TestPipelines.Source(), sample.withOutput(sparkSample), RunLog.silent());
        assertTrue(a.counts().documents() >= 40 && a.counts().events() > 20, a.summary());
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(localSample.resolve(f)), Files.readAllBytes(sparkSample.resolve(f)), f);
        }
        assertEquals(a.counts(), b.counts());
        assertEquals(a.exitCode(), b.exitCode());
        assertEquals(0, a.exitCode(), "the bundled sample is clean");
    }

    private static JsonNode withoutRunSection(Path out) throws IOException {
        ObjectNode m = (ObjectNode) new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        m.remove("run");
        ((ObjectNode) m.get("configuration")).remove("output");
        return m;
    }
}
