package org.conflictmap.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.export.EventsGeoJson;
import org.conflictmap.export.EventsKml;
import org.conflictmap.export.GeoPackageWriter;
import org.conflictmap.export.PlaceRow;
import org.conflictmap.export.ReportCsv;
import org.conflictmap.export.UnresolvedRow;
import org.conflictmap.io.AtomicFiles;

/**
 * Runs the batch job: inputs → cached per-file results → events and data files → figure stages →
 * manifest.json, under the output folder's lock. Input files whose results are cached (same name,
 * content, reading options, and same events options, gazetteer, tool version and build) are not parsed again;
 * outputs are always rebuilt from all cached results in input order, so an incremental run writes the
 * same bytes as a full one.
 */
public final class BatchRunner {

    private final RunPipeline.Factory pipelines;
    private final LoadedGazetteer.Provider gazetteers;
    private final List<FigureStage> stages;
    private final RunLog log;
    private final String version;
    /** About a quarter of the heap for the reports merged at once (~300 bytes each in memory). */
    private long partitionSize = Math.max(50_000, Runtime.getRuntime().maxMemory() / 1200);
    private InputSource inputs = InputSource.LOCAL;
    /** The code's own hash ({@link ToolVersion#build}): cached results of another build are not reused. */
    private String build = ToolVersion.build();

    public BatchRunner(RunPipeline.Factory pipelines, LoadedGazetteer.Provider gazetteers, List<FigureStage> stages,
                       RunLog log, String version) {
        this.pipelines = pipelines;
        this.gazetteers = gazetteers;
        this.stages = List.copyOf(stages);
        this.log = log;
        this.version = version;
    }

    /** Takes {@code build} as the code's identity instead of {@link ToolVersion#build()} (for tests). */
    BatchRunner withBuild(String build) {
        this.build = build;
        return this;
    }

    /** Lists URI inputs and computes input facts with another source (an engine reading Hadoop URIs). */
    public BatchRunner withInputSource(InputSource source) {
        this.inputs = source;
        return this;
    }

    /** Merges at most this many event reports at once (memory bound); more are merged by partitions. */
    BatchRunner withPartitionSize(long reports) {
        this.partitionSize = reports;
        return this;
    }

    /**
     * What a run did.
     *
     * @param exitCode 0, or 65 when records were skipped, or 74 when an input could not be read
     * @param counts   the counts
     * @param files    every file written (data files, figures, manifest.json)
     * @param summary  the one-line summary
     */
    public record Result(int exitCode, RunCounts counts, List<Path> files, String summary) {
    }

    /** Runs. {@code full} ignores cached results; a {@link RunException} carries the exit code. */
    public Result run(RunConfig config, boolean full) throws RunException {
        long t0 = System.nanoTime();
        Map<String, Object> timings = new LinkedHashMap<>();
        validateStages(config);
        Path out = config.output();
        InputFiles.Expansion expansion = InputFiles.expand(config.inputs(), out, inputs);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new RunException(ExitCode.CANT_CREATE, "cannot create output folder " + out + ": " + e, e);
        }
        if (!Files.isWritable(out)) {
            throw new RunException(ExitCode.CANT_CREATE, "output folder " + out + " is not writable");
        }
        try (RunLock lock = RunLock.acquire(out)) {
            return locked(config, full, expansion, t0, timings);
        }
    }

    /**
     * What a run would do, without writing anything (--dry-run): the input files, whether their results
     * are cached, the output folder. Fails like {@link #run} on bad configuration, no input or an
     * unwritable output folder.
     */
    public List<String> plan(RunConfig config) throws RunException {
        validateStages(config);
        Path out = config.output();
        List<InputFiles.InputFile> files = InputFiles.expand(config.inputs(), out, inputs).files();
        Path existing = out.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new RunException(ExitCode.CANT_CREATE, "output folder " + out + " cannot be created or written"
                    + (existing == null ? "" : " (" + existing + " is not a writable folder)"));
        }
        StateStore state = new StateStore(out);
        List<String> lines = new ArrayList<>();
        long bytes = 0;
        int cached = 0;
        for (InputFiles.InputFile f : files) {
            try {
                InputSource.Facts facts = inputs.facts(f);
                long size = facts.size();
                bytes += size;
                String key = Hashing.sha256(f.name() + "\n" + facts.sha256() + "\n"
                        + f.config().readingFingerprint());
                boolean hit = state.has(key);
                cached += hit ? 1 : 0;
                lines.add(String.format(Locale.ROOT, "  %s  %,d bytes%s", f.name(), size, hit ? "  (cached)" : ""));
            } catch (IOException e) {
                throw new RunException(ExitCode.IO_ERR, "cannot read input " + f.name() + ": " + e, e);
            }
        }
        List<String> head = new ArrayList<>();
        head.add(String.format(Locale.ROOT, "inputs: %d files, %,d bytes, %d with cached results (reused unless the"
                + " events options, the gazetteer or the tool's version or build changed)", files.size(), bytes, cached));
        head.addAll(lines);
        head.add("output: " + out + (Files.isDirectory(out) ? "" : " (will be created)"));
        head.add("gazetteer: " + (config.gazetteer() == null ? "default lookup" : config.gazetteer().toString()));
        head.add("figure stages: " + (stages.isEmpty() ? "none installed"
                : String.join(", ", stages.stream().map(FigureStage::name).toList())));
        return head;
    }

    private void validateStages(RunConfig config) throws ConfigException {
        List<String> problems = new ArrayList<>();
        for (FigureStage s : stages) {
            for (String p : s.validate(config.section(s.name()))) {
                problems.add(s.name() + ": " + p);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private Result locked(RunConfig config, boolean full, InputFiles.Expansion expansion, long t0,
                          Map<String, Object> timings) throws RunException {
        Path out = config.output();
        List<InputFiles.InputFile> files = expansion.files();
        LoadedGazetteer gaz = gazetteers.load(config.gazetteer());
        timings.put("gazetteer_ms", ms(t0));
        log.info("gazetteer: " + gaz.gazetteer().description());
        long tp = System.nanoTime();
        RunPipeline pipeline = pipelines.create(config, gaz);
        timings.put("setup_ms", ms(tp));

        long t1 = System.nanoTime();
        List<String> shas = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (InputFiles.InputFile f : files) {
            try {
                InputSource.Facts facts = inputs.facts(f);
                shas.add(facts.sha256());
                sizes.add(facts.size());
            } catch (IOException e) {
                throw new RunException(ExitCode.IO_ERR, "cannot read input " + f.name() + ": " + e, e);
            }
        }
        timings.put("hash_ms", ms(t1));

        StateStore state = new StateStore(out);
        String fingerprint = Hashing.sha256(version + "\n" + build + "\n" + config.eventsData() + "\n" + gaz.sha256()
                + config.weightsFingerprint());
        boolean reuse = !full && fingerprint.equals(state.storedFingerprint());
        String mode = full ? "full (--full)" : reuse ? "incremental" : "full";
        try {
            if (!reuse) {
                state.clear();
            }
        } catch (IOException e) {
            throw new RunException(ExitCode.CANT_CREATE, "cannot clear the state folder under " + out + ": " + e, e);
        }

        long t2 = System.nanoTime();
        int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        List<String> keys = new ArrayList<>();
        Map<Integer, String> failures = new TreeMap<>();
        int parsed = 0;
        RunPipeline.Merging merging = pipeline.merging();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            InputProcessor proc = new InputProcessor(pipeline, pool, threads * 16, log);
            for (int i = 0; i < files.size(); i++) {
                InputFiles.InputFile f = files.get(i);
                String key = Hashing.sha256(f.name() + "\n" + shas.get(i) + "\n" + f.config().readingFingerprint());
                keys.add(key);
                if (reuse && state.has(key)) {
                    if (merging != null) {
                        addCached(state.cacheFile(key), merging);
                    }
                    continue;
                }
                parsed++;
                int fileNo = i + 1;
                long start = System.nanoTime();
                try {
                    InputCounts c = proc.process(f, state.cacheFile(key),
                            n -> log.progress(f.name(), fileNo, files.size(), n, start),
                            merging == null ? null : merging::add);
                    log.info(f.name() + ": " + c.read() + " records, " + c.mentions() + " event reports");
                } catch (IOException e) {
                    failures.put(i, "I/O error: " + e.getMessage());
                    log.error("cannot read " + f.name() + ": " + e.getMessage());
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log.clearProgress();
        }
        timings.put("parse_ms", ms(t2));

        long t3 = System.nanoTime();
        Manifest manifest = new Manifest(version, config, gaz);
        List<Path> written = new ArrayList<>();
        Map<String, Path> data = new LinkedHashMap<>();
        CachedResults.ErrorsPass pass = new CachedResults.ErrorsPass(files, keys, failures, state, expansion.listingErrors());
        List<Event> events;
        List<AggregateRow> aggregates;
        List<PlaceRow> places;
        List<UnresolvedRow> unresolved;
        try {
            Path errorsCsv = out.resolve("errors.csv");
            if (config.outputs().enabled("errors.csv")) {
                ReportCsv.write(errorsCsv, ReportCsv.ERRORS_HEADER, pass::run);
                data.put("errors.csv", errorsCsv);
            } else {
                pass.run(null);
            }
            List<Path> cacheFiles = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if (!failures.containsKey(i)) {
                    cacheFiles.add(state.cacheFile(keys.get(i)));
                }
            }
            // the reports of a file that failed half-way were merged too: then merge again what was cached
            events = merging != null && failures.isEmpty() ? merging.events()
                    : PartitionedMerge.merge(pipeline, new CachedResults.CachedMentions(cacheFiles, pass.mentions),
                            pass.mentions, partitionSize, state.workDir());
            aggregates = pipeline.aggregate(events);
            places = Summaries.places(events, gaz.gazetteer());
            unresolved = pass.unresolved.rows();
        } catch (UncheckedIOException e) {
            throw new RunException(ExitCode.IO_ERR, "cannot read cached results: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw writeFailure(e);
        }
        timings.put("merge_ms", ms(t3));

        RunCounts counts = pass.counts(files.size(), events.size(), places.size(), unresolved.size());
        for (int i = 0; i < files.size(); i++) {
            manifest.input(files.get(i).name(), shas.get(i), sizes.get(i), pass.perFile.get(i), failures.get(i));
        }
        manifest.counts(counts);

        long t4 = System.nanoTime();
        boolean stageFailed;
        try {
            Map<String, OutputPhase.FileWriter> jobs = new LinkedHashMap<>();
            jobs.put("events.csv", p -> EventsCsv.write(p, events));
            if (config.outputs().enabled("places.csv")) {
                jobs.put("places.csv", p -> ReportCsv.writePlaces(p, places));
            }
            if (config.outputs().enabled("unresolved.csv")) {
                jobs.put("unresolved.csv", p -> ReportCsv.writeUnresolved(p, unresolved));
            }
            if (config.outputs().enabled("aggregates.csv")) {
                jobs.put("aggregates.csv", p -> ReportCsv.writeAggregates(p, aggregates));
            }
            if (config.outputs().enabled("events.geojson")) {
                jobs.put("events.geojson", p -> EventsGeoJson.write(p, events));
            }
            if (config.outputs().enabled("events.kml")) {
                jobs.put("events.kml", p -> EventsKml.write(p, events, "conflictmap events"));
            }
            if (config.outputs().enabled("events.gpkg")) {
                jobs.put("events.gpkg", p -> GeoPackageWriter.write(p, events));
            }
            for (String name : jobs.keySet()) {
                data.put(name, out.resolve(name));
            }
            RunOutputs outputs = new RunOutputs(out, config, events, aggregates, places, unresolved, counts, data,
                    Map.of(), gaz.gazetteer());
            OutputPhase.Done done = OutputPhase.run(out, outputs, data, jobs, stages, config, manifest, log, threads,
                    daemonThreads());
            written.addAll(done.written());
            stageFailed = done.stageFailed();
            timings.put("write_ms", done.dataMs());
            timings.put("output_tasks_ms", done.taskMs());
        } catch (IOException e) {
            throw writeFailure(e);
        }
        timings.put("outputs_ms", ms(t4));

        try {
            state.retainOnly(new HashSet<>(keys));
            state.saveFingerprint(fingerprint, version);
        } catch (IOException e) {
            log.warn("cannot update the incremental state under " + out + ": " + e.getMessage()
                    + " (the next run will be a full one)");
        }
        timings.put("total_ms", ms(t0));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("mode", mode);
        run.put("threads", threads);
        run.put("inputs_parsed", parsed);
        run.put("inputs_reused", files.size() - parsed);
        run.put("timings", timings);
        manifest.run(run);
        Path manifestFile = out.resolve("manifest.json");
        try {
            AtomicFiles.writeString(manifestFile, manifest.toJson());
        } catch (IOException e) {
            throw writeFailure(e);
        }
        written.add(manifestFile);

        int exit = !failures.isEmpty() ? ExitCode.IO_ERR
                : stageFailed ? ExitCode.INTERNAL
                : counts.skipped() > 0 ? ExitCode.DATA_ERR : ExitCode.OK;
        String summary = summary(counts, out, parsed, files.size(), (System.nanoTime() - t0) / 1e9, exit);
        return new Result(exit, counts, List.copyOf(written), summary);
    }

    /** Adds the cached reports of an input that is not parsed again. */
    private static void addCached(Path cacheFile, RunPipeline.Merging merging) throws RunException {
        try {
            ResultCache.read(cacheFile, new ResultCache.Visitor() {
                @Override
                public void mention(EventMention m) {
                    merging.add(m);
                }
            }, new ResultCache.Interner());
        } catch (IOException e) {
            throw new RunException(ExitCode.IO_ERR, "cannot read cached results: " + e.getMessage(), e);
        }
    }

    private static RunException writeFailure(IOException e) {
        return new RunException(ExitCode.CANT_CREATE, "cannot write output: " + e, e);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000L;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "conflictmap-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static String summary(RunCounts c, Path out, int parsed, int inputs, double secs, int exit) {
        return String.format(Locale.ROOT,
                "conflictmap: %,d records read (%,d processed, %,d skipped), %,d events at %,d places, "
                        + "%,d unresolved names, %,d warnings -> %s in %.1f s (%d of %d input files parsed)%s",
                c.recordsRead(), c.processed(), c.skipped(), c.events(), c.places(), c.unresolvedNames(),
                c.warnings(), out, secs, parsed, inputs,
                exit == ExitCode.OK ? "" : exit == ExitCode.DATA_ERR ? "; see errors.csv (exit 65)"
                        : " (exit " + exit + ")");
    }
}
