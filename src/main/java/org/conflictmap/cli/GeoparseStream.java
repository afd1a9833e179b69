package org.conflictmap.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
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
 * what the command does.
 */
final class GeoparseStream {

    /** What one run did: records read and failed, mentions written, CPU time of the worker threads. */
    record Counts(long records, long failed, long mentions, long workerCpuNanos, long outputBytes) {
    }

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private final GazetteerGeoparser geoparser;
    private final String defaultLang;
    private final int threads;
    private final PrintStream err;

    GeoparseStream(GazetteerGeoparser geoparser, String defaultLang, int threads, PrintStream err) {
        this.geoparser = geoparser;
        this.defaultLang = defaultLang;
        this.threads = Math.max(1, threads);
        this.err = err;
    }

    /** Parses every record of {@code in} and writes one UTF-8 line per record to {@code os} (not closed). */
    Counts run(GeoparseInput in, OutputStream os) throws IOException {
        CountingStream counting = new CountingStream(os);
        OutputStream w = new BufferedOutputStream(counting, 1 << 16);
        AtomicLong failed = new AtomicLong();
        AtomicLong mentions = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "geoparse");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
        long total = 0;
        try {
            while (in.hasNext()) {
                GeoparseInput.Rec rec = in.next();
                total++;
                if (rec.failed()) {
                    failed.incrementAndGet();
                    err.println(rec.location() + ": " + rec.error());
                    pending.add(CompletableFuture.completedFuture(GeoparseJson.errorLine(rec.id(), rec.error())));
                } else {
                    String l = rec.lang() != null ? rec.lang() : defaultLang;
                    pending.add(pool.submit(() -> parseOne(rec, l, failed, mentions, cpu)));
                }
                while (pending.size() >= threads * 8) {
                    writeLine(w, pending.poll());
                }
            }
            while (!pending.isEmpty()) {
                writeLine(w, pending.poll());
            }
            w.flush();
        } finally {
            pool.shutdownNow();
        }
        return new Counts(total, failed.get(), mentions.get(), cpu.get(), counting.count);
    }

    private byte[] parseOne(GeoparseInput.Rec rec, String l, AtomicLong failed, AtomicLong mentions,
                            AtomicLong cpu) {
        long c0 = MX.getCurrentThreadCpuTime();
        try {
            GeoparseResult r = geoparser.parse(rec.text(), l);
            mentions.addAndGet(r.mentions().size());
            return GeoparseJson.line(rec.id(), r);
        } catch (RuntimeException | StackOverflowError e) {
            failed.incrementAndGet();
            String msg = "internal error: " + e;
            err.println(rec.location() + ": " + msg);
            return GeoparseJson.errorLine(rec.id(), msg);
        } finally {
            cpu.addAndGet(MX.getCurrentThreadCpuTime() - c0);
        }
    }

    private static void writeLine(OutputStream w, Future<byte[]> f) throws IOException {
        try {
            w.write(f.get());
            w.write('\n');
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
