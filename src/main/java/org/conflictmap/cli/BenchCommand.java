package org.conflictmap.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code conflictmap bench}: speed measurements (not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Speed benchmarks. Run 'conflictmap bench geoparse --help'."},
        subcommands = {BenchCommand.Geoparse.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code conflictmap bench geoparse}. */
    @Command(name = "geoparse", mixinStandardHelpOptions = true,
            description = {
                "Measures geoparsing speed end to end, exactly as 'geoparse' runs (read and decode the JSONL"
                        + " input, tokenise, match, filter, resolve, format and encode the output lines; the output is"
                        + " discarded), on a generated multilingual news corpus (en fr ru es de uk ar; deterministic;"
                        + " see --corpus) of --mb megabytes of UTF-8 text. The corpus is generated into a temporary"
                        + " JSONL file first (not timed).",
                "",
                "Reports MB of text per second per core (text bytes over the CPU time of the reader/writer thread"
                        + " and the workers; also over the whole process CPU, GC and JIT included), wall-clock MB/s"
                        + " and docs/s, mentions per document and the peak heap. By default the timed run follows a"
                        + " warm-up that lasts until the JIT compiler has (nearly) finished, so the figure is the"
                        + " steady state of a long batch; --warmup-mb 0 times a cold start instead.",
                "",
                "Run with -Xmx512m to check the memory target.",
                "",
                "Example:", "  java -Xmx512m -jar target/conflictmap.jar bench geoparse --mb 60 --threads 1"
            })
    static final class Geoparse implements Callable<Integer> {

        @Option(names = "--mb", defaultValue = "60", description = "Corpus size in MB (default ${DEFAULT-VALUE}).")
        private int mb;

        @Option(names = "--warmup-mb", paramLabel = "MB",
                description = "MB of untimed warm-up text parsed first (0: none, a cold start). Default: in rounds of"
                    + " " + WarmUp.ROUND_MB + " MB until the JIT compiler is nearly idle (it compiled for less than"
                    + " " + WarmUp.QUIET_PERCENT + "%% of the round's time), at most " + WarmUp.MAX_MB + " MB.")
        private Integer warmupMb;

        @Option(names = "--threads", description = "Worker threads (default: CPU cores).")
        private int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--seed", defaultValue = "1", description = "Corpus seed.")
        private long seed;

        @Option(names = "--corpus", defaultValue = "NEWS", paramLabel = "STYLE",
                description = "Corpus style: NEWS (default: common words by rank, an open vocabulary of made-up"
                    + " words and names, about 4 place mentions per KB like real news) or DENSE (the first"
                    + " generator: hand-written sentences only, small vocabulary, 6.6 mentions per KB).")
        private BenchCorpus.Style style;

        @Option(names = "--write-corpus", paramLabel = "FILE",
                description = "Write the corpus that would be timed after a --warmup-mb warm-up (none if not given)"
                    + " as JSONL {id, lang?, text}"
                    + " to FILE and exit without timing: 'geoparse --input FILE' then parses the same documents.")
        private java.nio.file.Path writeCorpus;

        @Mixin
        private GazetteerOption gazetteerOption = new GazetteerOption();

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            BenchCorpus corpus = new BenchCorpus(seed, style);
            if (writeCorpus != null) {
                long first = skip(corpus, (long) (warmupMb == null ? 0 : warmupMb) << 20);
                long[] n = writeCorpus(corpus, first, (long) mb << 20, writeCorpus);
                out.printf(Locale.ROOT, "wrote %d documents to %s%n", n[0] - first, writeCorpus);
                return 0;
            }
            Gazetteer gaz = gazetteerOption.open(System.err);
            if (gaz == null) {
                return 78;
            }
            GazetteerGeoparser geo = GazetteerGeoparser.create(gaz);
            Path warm = Files.createTempFile("conflictmap-bench-warmup", ".jsonl");
            Path timed = Files.createTempFile("conflictmap-bench", ".jsonl");
            try (GeoparseStream stream = new GeoparseStream(geo, null, threads, System.err)) {
                long next = warmUp(corpus, stream, warm, out);
                long[] t = writeCorpus(corpus, next, (long) mb << 20, timed);
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    p.resetPeakUsage();
                }
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                java.util.function.LongSupplier jit = CompilerCpu.millis();
                long j0 = jit == null ? 0 : jit.getAsLong();
                long p0 = processCpuNanos();
                long c0 = mx.getCurrentThreadCpuTime();
                long u0 = mx.getCurrentThreadUserTime();
                long t0 = System.nanoTime();
                GeoparseStream.Counts st = parse(stream, timed);
                double wall = (System.nanoTime() - t0) / 1e9;
                double reader = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                double readerUser = (mx.getCurrentThreadUserTime() - u0) / 1e9;
                double process = (processCpuNanos() - p0) / 1e9;
                double compiling = jit == null ? Double.NaN : (jit.getAsLong() - j0) / 1e3;
                double workers = st.workerCpuNanos() / 1e9;
                double mbytes = t[1] / 1048576.0;
                long peak = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP) {
                        peak += p.getPeakUsage().getUsed();
                    }
                }
                out.printf(Locale.ROOT, "corpus: %s, %.1f MB of text (%.1f MB of JSONL), %d docs, %d mentions"
                        + " (%.1f per doc, %.1f per KB)%n", style, mbytes, Files.size(timed) / 1048576.0,
                        st.records(), st.mentions(), (double) st.mentions() / st.records(),
                        st.mentions() / (t[1] / 1024.0));
                if (st.failed() > 0) {
                    out.printf(Locale.ROOT, "FAILED records: %d%n", st.failed());
                }
                out.printf(Locale.ROOT, "threads: %d, wall %.2f s, %.1f MB/s, %.0f docs/s, output %.1f MB%n",
                        threads, wall, mbytes / wall, st.records() / wall, st.outputBytes() / 1048576.0);
                out.printf(Locale.ROOT, "per core: %.1f MB/s (CPU %.2f s: reader/writer thread %.2f s (user %.2f s) + %d"
                        + " workers %.2f s)%n", mbytes / (reader + workers), reader + workers, reader, readerUser, threads,
                        workers);
                if (process > 0) {
                    out.printf(Locale.ROOT, "per core incl. GC and JIT: %.1f MB/s (process CPU %.2f s%s)%n",
                            mbytes / process, process, Double.isNaN(compiling) ? ""
                                    : String.format(Locale.ROOT, ", of which JIT compiler %.2f s", compiling));
                }
                out.printf(Locale.ROOT, "heap: peak used %.0f MB, max %.0f MB%n", peak / 1048576.0,
                        Runtime.getRuntime().maxMemory() / 1048576.0);
                return 0;
            } finally {
                Files.deleteIfExists(warm);
                Files.deleteIfExists(timed);
            }
        }

        /** Parses the untimed warm-up text and returns the index of the first document after it. */
        private long warmUp(BenchCorpus corpus, GeoparseStream stream, Path file, PrintStream out)
                throws java.io.IOException {
            java.util.function.LongSupplier compiled = CompilerCpu.millis();
            long[] next = {0};
            WarmUp.Result r = new WarmUp(warmupMb).run(roundMb -> {
                long[] w = writeCorpus(corpus, next[0], (long) roundMb << 20, file);
                next[0] = w[0];
                return parse(stream, file).records();
            }, compiled, System::nanoTime);
            out.printf(Locale.ROOT, "warm-up: %d MB, %d docs%s%n", r.mb(), r.docs(),
                    Double.isNaN(r.lastCompilingPercent()) ? "" : String.format(Locale.ROOT,
                            " (JIT compiling %.0f%% of the last round's time)", r.lastCompilingPercent()));
            return next[0];
        }

        /** Runs the geoparse pipeline over a JSONL file, output discarded (but encoded and counted). */
        private static GeoparseStream.Counts parse(GeoparseStream stream, Path file) throws java.io.IOException {
            try (GeoparseInput in = GeoparseInput.open(file.toString(), null, 10_000_000)) {
                return stream.run(in, OutputStream.nullOutputStream());
            }
        }

        private static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return -1;
        }

        /** The index of the first document after {@code bytes} bytes of text. */
        private static long skip(BenchCorpus corpus, long bytes) {
            long first = 0;
            for (long done = 0; done < bytes; first++) {
                done += corpus.doc(first).text().getBytes(StandardCharsets.UTF_8).length;
            }
            return first;
        }

        /**
         * Writes documents from {@code start} on until {@code budget} bytes of text, as the JSONL a user
         * would give 'geoparse'; returns the next document index and the bytes of text written.
         */
        private static long[] writeCorpus(BenchCorpus corpus, long start, long budget, Path file)
                throws java.io.IOException {
            long[] end = {start, 0};
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            org.conflictmap.io.AtomicFiles.write(file, os -> {
                java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
                long done = 0;
                long i = start;
                while (done < budget) {
                    BenchCorpus.Doc d = corpus.doc(i++);
                    java.util.Map<String, String> rec = new java.util.LinkedHashMap<>();
                    rec.put("id", d.id());
                    if (d.lang() != null) {
                        rec.put("lang", d.lang());
                    }
                    rec.put("text", d.text());
                    w.write(json.writeValueAsString(rec));
                    w.write('\n');
                    done += d.text().getBytes(StandardCharsets.UTF_8).length;
                }
                w.flush();
                end[0] = i;
                end[1] = done;
            });
            return end;
        }
    }
}
