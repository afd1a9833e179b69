package org.conflictmap.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The last part of a run: writes the data files and runs the figure stages, on up to {@code threads}
 * threads. The data files are independent of each other, and a stage that does not read earlier outputs
 * ({@link FigureStage#readsEarlierOutputs()} false: maps, charts) runs beside them; the other stages (the
 * report) run afterwards, one at a time in list order, seeing the data files and the figures of the stages
 * listed before them. The manifest lists the outputs in the same order whatever the timing: data files by
 * name, then each stage's files in list order.
 */
final class OutputPhase {

    /** Writes one data file. */
    interface FileWriter {
        void write(Path p) throws IOException;
    }

    /**
     * What the phase did.
     *
     * @param written     the files written, in manifest order
     * @param stageFailed whether a figure stage failed
     * @param dataMs      time until every data file was written and hashed
     * @param taskMs      per data file and stage: [start, end] in ms since the phase began, in manifest order
     */
    record Done(List<Path> written, boolean stageFailed, long dataMs, Map<String, List<Long>> taskMs) {
    }

    private OutputPhase() {
    }

    private record StageResult(List<Path> files, Exception failure) {
    }

    /**
     * Data files written first, the largest first, so that the small ones fill the end of the phase; the
     * others follow in name order.
     */
    static final List<String> LARGEST_FIRST = List.of("events.kml", "events.csv", "events.gpkg", "events.geojson",
            "aggregates.csv");

    /**
     * Writes {@code jobs} (name → writer; {@code data} also lists files written before, which are only
     * hashed), and runs the stages. A data file that cannot be written is an IOException once every task ended.
     * Stages that do not read earlier outputs start at once on the pool, beside the data files (the largest
     * first); the others run afterwards on the calling thread, in list order, each once the stages before it
     * are done and, when it {@linkplain FigureStage#readsDataFiles() reads data files}, once those are written.
     */
    static Done run(Path out, RunOutputs base, Map<String, Path> data, Map<String, FileWriter> jobs,
                    List<FigureStage> stages, RunConfig config, Manifest manifest, RunLog log, int threads,
                    ThreadFactory factory) throws IOException {
        long t0 = System.nanoTime();
        Map<String, List<Long>> taskMs = new java.util.concurrent.ConcurrentSkipListMap<>();
        ExecutorService ex = Executors.newFixedThreadPool(Math.max(1, threads), factory);
        try {
            Map<FigureStage, Future<StageResult>> early = new LinkedHashMap<>();
            for (FigureStage s : stages) {
                if (enabled(s, config) && !s.readsEarlierOutputs()) {
                    early.put(s, ex.submit(() -> timed(s.name(), t0, taskMs, () -> render(s, base, config))));
                }
            }
            List<String> order = new ArrayList<>();
            LARGEST_FIRST.stream().filter(data::containsKey).forEach(order::add);
            data.keySet().stream().filter(n -> !order.contains(n)).forEach(order::add);
            Map<Path, Future<String>> hashes = new LinkedHashMap<>();
            for (String name : order) {
                FileWriter w = jobs.get(name);
                Path p = data.get(name);
                hashes.put(p, ex.submit(() -> timed(name, t0, taskMs, () -> {
                    if (w != null) {
                        w.write(p);
                    }
                    return Hashing.sha256(p);
                })));
            }
            Map<FigureStage, StageResult> results = new LinkedHashMap<>();
            for (Map.Entry<FigureStage, Future<StageResult>> e : early.entrySet()) {
                results.put(e.getKey(), await(e.getValue(), "rendering figures"));
            }
            DataWait dataWait = new DataWait(hashes, t0);
            RunOutputs outputs = base;
            for (FigureStage s : stages) {
                if (!enabled(s, config)) {
                    continue;
                }
                StageResult r = results.get(s);
                if (r == null) {
                    if (s.readsDataFiles()) {
                        dataWait.await();
                    }
                    RunOutputs seen = outputs;
                    r = timed(s.name(), t0, taskMs, () -> render(s, seen, config));
                    results.put(s, r);
                }
                if (r.failure() == null) {
                    outputs = outputs.withFigures(s.name(), r.files());
                }
            }
            dataWait.await();
            if (dataWait.failure != null) {
                throw dataWait.failure;
            }
            List<Path> written = new ArrayList<>();
            for (Path p : new TreeMap<>(data).values()) {
                manifest.output(out, p, "data", dataWait.sha.get(p));
                written.add(p);
            }
            boolean failed = false;
            for (FigureStage s : stages) {
                if (!enabled(s, config)) {
                    manifest.stage(s.name(), "disabled");
                    continue;
                }
                StageResult r = results.get(s);
                if (r.failure() != null) {
                    failed = true;
                    manifest.stage(s.name(), "failed: " + r.failure());
                    log.error(s.name() + " stage failed: " + r.failure());
                    continue;
                }
                for (Path p : r.files()) {
                    manifest.output(out, p, s.name());
                    written.add(p);
                }
                manifest.stage(s.name(), "ok");
            }
            for (Map.Entry<String, List<Long>> t : taskMs.entrySet()) {
                log.info(String.format(java.util.Locale.ROOT, "outputs: %s %.1f s (from %.1f s to %.1f s)", t.getKey(),
                        (t.getValue().get(1) - t.getValue().get(0)) / 1e3, t.getValue().get(0) / 1e3,
                        t.getValue().get(1) / 1e3));
            }
            return new Done(written, failed, dataWait.ms, new LinkedHashMap<>(taskMs));
        } finally {
            ex.shutdownNow();
        }
    }

    /** Waits (once) for every data file to be written and hashed; keeps the first failure. */
    private static final class DataWait {
        private final Map<Path, Future<String>> hashes;
        private final long t0;
        final Map<Path, String> sha = new LinkedHashMap<>();
        IOException failure;
        long ms = -1;

        DataWait(Map<Path, Future<String>> hashes, long t0) {
            this.hashes = hashes;
            this.t0 = t0;
        }

        void await() throws IOException {
            if (ms >= 0) {
                return;
            }
            for (Map.Entry<Path, Future<String>> h : hashes.entrySet()) {
                try {
                    sha.put(h.getKey(), OutputPhase.await(h.getValue(), "writing outputs"));
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            ms = (System.nanoTime() - t0) / 1_000_000L;
        }
    }

    /** A task that may throw what its caller handles. */
    private interface Task<T> {
        T call() throws IOException;
    }

    /** Runs {@code task}, recording when it started and ended (ms since {@code t0}) under {@code name}. */
    private static <T> T timed(String name, long t0, Map<String, List<Long>> taskMs, Task<T> task)
            throws IOException {
        long start = System.nanoTime();
        try {
            return task.call();
        } finally {
            taskMs.put(name, List.of((start - t0) / 1_000_000L, (System.nanoTime() - t0) / 1_000_000L));
        }
    }

    private static boolean enabled(FigureStage s, RunConfig config) {
        return !Boolean.FALSE.equals(config.section(s.name()).get("enabled"));
    }

    private static StageResult render(FigureStage s, RunOutputs outputs, RunConfig config) {
        try {
            return new StageResult(List.copyOf(s.render(outputs, config.section(s.name()))), null);
        } catch (IOException | RuntimeException e) {
            return new StageResult(List.of(), e);
        }
    }

    /** The task's result; its IOException, RuntimeException or Error is rethrown as it is. */
    private static <T> T await(Future<T> f, String doing) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + doing);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }
}
