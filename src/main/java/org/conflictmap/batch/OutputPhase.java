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
     * Writes {@code jobs} (name → writer; {@code data} also lists files written before, which are only
     * hashed), then the stages. A data file that cannot be written is an IOException once every task ended.
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
            Map<Path, Future<String>> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, Path> f : data.entrySet()) {
                FileWriter w = jobs.get(f.getKey());
                Path p = f.getValue();
                hashes.put(p, ex.submit(() -> timed(f.getKey(), t0, taskMs, () -> {
                    if (w != null) {
                        w.write(p);
                    }
                    return Hashing.sha256(p);
                })));
            }
            Map<Path, String> sha = new LinkedHashMap<>();
            IOException dataFailure = null;
            for (Map.Entry<Path, Future<String>> h : hashes.entrySet()) {
                try {
                    sha.put(h.getKey(), await(h.getValue()));
                } catch (IOException e) {
                    dataFailure = dataFailure == null ? e : dataFailure;
                }
            }
            long dataMs = (System.nanoTime() - t0) / 1_000_000L;
            Map<FigureStage, StageResult> earlyResults = new LinkedHashMap<>();
            for (Map.Entry<FigureStage, Future<StageResult>> e : early.entrySet()) {
                earlyResults.put(e.getKey(), awaitStage(e.getValue()));
            }
            if (dataFailure != null) {
                throw dataFailure;
            }
            List<Path> written = new ArrayList<>();
            for (Path p : new TreeMap<>(data).values()) {
                manifest.output(out, p, "data", sha.get(p));
                written.add(p);
            }
            boolean failed = false;
            RunOutputs outputs = base;
            for (FigureStage s : stages) {
                if (!enabled(s, config)) {
                    manifest.stage(s.name(), "disabled");
                    continue;
                }
                RunOutputs seen = outputs;
                StageResult r = earlyResults.containsKey(s) ? earlyResults.get(s)
                        : timed(s.name(), t0, taskMs, () -> render(s, seen, config));
                if (r.failure() != null) {
                    failed = true;
                    manifest.stage(s.name(), "failed: " + r.failure());
                    log.error(s.name() + " stage failed: " + r.failure());
                    continue;
                }
                outputs = outputs.withFigures(s.name(), r.files());
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
            return new Done(written, failed, dataMs, new LinkedHashMap<>(taskMs));
        } finally {
            ex.shutdownNow();
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

    private static StageResult awaitStage(Future<StageResult> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while rendering figures");
        } catch (ExecutionException e) {
            // render() catches IOException and RuntimeException: what is left is an Error
            Throwable c = e.getCause();
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing outputs");
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
