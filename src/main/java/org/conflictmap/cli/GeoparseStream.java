package org.conflictmap.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseJson;
import org.conflictmap.geoparse.GeoparseResult;

/**
 * The {@code geoparse} pipeline from input records to output lines: the calling thread reads the records
 * and writes the lines in input order, {@code threads} workers parse and format them. Shared by the
 * {@code geoparse} command and the {@code bench geoparse} benchmark, so that the benchmark times exactly
 * what the command does. The workers live as long as the stream: successive runs (the benchmark's warm-up
 * rounds, then its timed run) are one long batch for them, with their per-thread buffers and memos kept.
 * (New threads for every run made each run's first texts take paths never seen since the first, and the JIT
 * threw away the compiled geoparser to recompile it.) Close it to stop them.
 */
final class GeoparseStream implements AutoCloseable {

    /** What one run did: records read and failed, mentions written, CPU time of the worker threads. */
    record Counts(long records, long failed, long mentions, long workerCpuNanos, long outputBytes) {
    }

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    /** A batch of records for one worker task: at most this many records or about this many chars of text. */
    private static final int BATCH_RECORDS = 64;
    private static final int BATCH_CHARS = 1 << 16;

    private final GazetteerGeoparser geoparser;
    private final String defaultLang;
    private final int threads;
    private final PrintStream err;
    /** The output's places, encoded once (a few MB at most). */
    private final GeoparseJson.PlaceCache places = new GeoparseJson.PlaceCache(50_000);
    /** Each worker's output buffer, kept from batch to batch. */
    private final ThreadLocal<GeoparseJson.Lines> lines = ThreadLocal.withInitial(() -> new GeoparseJson.Lines(places));
    private final ExecutorService pool;

    GeoparseStream(GazetteerGeoparser geoparser, String defaultLang, int threads, PrintStream err) {
        this.geoparser = geoparser;
        this.defaultLang = defaultLang;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "geoparse");
            t.setDaemon(true);
            return t;
        });
    }

    /** Parses every record of {@code in} and writes one UTF-8 line per record to {@code os} (not closed). */
    Counts run(GeoparseInput in, OutputStream os) throws IOException {
        CountingStream counting = new CountingStream(os);
        OutputStream w = new BufferedOutputStream(counting, 1 << 16);
        AtomicLong failed = new AtomicLong();
        AtomicLong mentions = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
        long total = 0;
        try {
            // records go to the workers in batches: one hand-over (and one wait) per batch, not per record
            List<GeoparseInput.Rec> batch = new ArrayList<>();
            long chars = 0;
            while (in.hasNext()) {
                GeoparseInput.Rec rec = in.next();
                total++;
                if (rec.failed()) {
                    failed.incrementAndGet();
                    err.println(rec.location() + ": " + rec.error());
                } else {
                    chars += rec.text().length();
                }
                batch.add(rec);
                if (batch.size() >= BATCH_RECORDS || chars >= BATCH_CHARS) {
                    List<GeoparseInput.Rec> b = batch;
                    pending.add(pool.submit(() -> parseBatch(b, failed, mentions, cpu)));
                    batch = new ArrayList<>();
                    chars = 0;
                }
                while (pending.size() >= threads * 4) {
                    writeLines(w, pending.poll());
                }
            }
            if (!batch.isEmpty()) {
                List<GeoparseInput.Rec> b = batch;
                pending.add(pool.submit(() -> parseBatch(b, failed, mentions, cpu)));
            }
            while (!pending.isEmpty()) {
                writeLines(w, pending.poll());
            }
            w.flush();
        } finally {
            // after a failure, the batches still queued or running are not wanted
            for (Future<byte[]> f : pending) {
                f.cancel(true);
            }
        }
        return new Counts(total, failed.get(), mentions.get(), cpu.get(), counting.count);
    }

    /** The record's line in its input file, 0 when not known. */
    private static long line(GeoparseInput.Rec rec) {
        return rec.location() == null ? 0 : rec.location().line();
    }

    /** Stops the workers (a run in progress has its remaining batches cancelled). */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The output lines of a batch of records, each followed by a line break. */
    private byte[] parseBatch(List<GeoparseInput.Rec> batch, AtomicLong failed, AtomicLong mentions,
                              AtomicLong cpu) {
        long c0 = MX.getCurrentThreadCpuTime();
        try {
            GeoparseJson.Lines out = lines.get();
            for (GeoparseInput.Rec rec : batch) {
                if (rec.failed()) {
                    out.addError(rec.id(), line(rec), rec.error());
                } else {
                    parseOne(rec, out, failed, mentions);
                }
            }
            return out.take();
        } finally {
            cpu.addAndGet(MX.getCurrentThreadCpuTime() - c0);
        }
    }

    private void parseOne(GeoparseInput.Rec rec, GeoparseJson.Lines out, AtomicLong failed, AtomicLong mentions) {
        try {
            GeoparseResult r = geoparser.parse(rec.text(), rec.lang() != null ? rec.lang() : defaultLang);
            mentions.addAndGet(r.mentions().size());
            out.add(rec.id(), r);
        } catch (RuntimeException | StackOverflowError e) {
            failed.incrementAndGet();
            String msg = "internal error: " + e;
            err.println(rec.location() + ": " + msg);
            out.addError(rec.id(), line(rec), msg);
        }
    }

    private static void writeLines(OutputStream w, Future<byte[]> f) throws IOException {
        try {
            w.write(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
