package org.conflictmap.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseJson;
import org.conflictmap.geoparse.GeoparseResult;
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
                "Measures geoparsing speed end to end (tokenise, match, filter, resolve, JSON line) on a",
                "generated multilingual news corpus (en fr ru es de uk ar; deterministic; see --corpus) of",
                "--mb megabytes of UTF-8 text. Document generation is not timed. Reports MB/s per core (bytes over the",
                "CPU time of the parsing threads), wall-clock MB/s and docs/s, mentions per document and",
                "the peak heap. Run with -Xmx512m to check the memory target.",
                "",
                "Example: java -Xmx512m -jar target/conflictmap.jar bench geoparse --mb 60 --threads 2"
            })
    static final class Geoparse implements Callable<Integer> {

        @Option(names = "--mb", defaultValue = "60", description = "Corpus size in MB (default ${DEFAULT-VALUE}).")
        private int mb;

        @Option(names = "--warmup-mb", defaultValue = "5", description = "Untimed warm-up (default ${DEFAULT-VALUE}).")
        private int warmupMb;

        @Option(names = "--threads", description = "Worker threads (default: CPU cores).")
        private int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--seed", defaultValue = "1", description = "Corpus seed.")
        private long seed;

        @Option(names = "--corpus", defaultValue = "NEWS", paramLabel = "STYLE",
                description = {"Corpus style: NEWS (default: common words by rank, an open vocabulary of made-up",
                    "words and names, about 4 place mentions per KB like real news) or DENSE (the first",
                    "generator: hand-written sentences only, small vocabulary, 6.6 mentions per KB)."})
        private BenchCorpus.Style style;

        @Option(names = "--write-corpus", paramLabel = "FILE",
                description = {"Write the corpus that would be timed (after the warm-up) as JSONL {id, lang?, text}",
                    "to FILE and exit without timing: 'geoparse --input FILE' then parses the same documents."})
        private java.nio.file.Path writeCorpus;

        @Mixin
        private GazetteerOption gazetteerOption = new GazetteerOption();

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            if (writeCorpus != null) {
                long n = writeCorpus(new BenchCorpus(seed, style), (long) warmupMb << 20, (long) mb << 20, writeCorpus);
                out.printf(Locale.ROOT, "wrote %d documents to %s%n", n, writeCorpus);
                return 0;
            }
            Gazetteer gaz = gazetteerOption.open(System.err);
            if (gaz == null) {
                return 78;
            }
            GazetteerGeoparser geo = GazetteerGeoparser.create(gaz);
            BenchCorpus corpus = new BenchCorpus(seed, style);
            long next = run(geo, corpus, 0, (long) warmupMb << 20, threads, null);
            out.printf(Locale.ROOT, "warm-up: %d docs%n", next);
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            Stats st = new Stats();
            long t0 = System.nanoTime();
            run(geo, corpus, next, (long) mb << 20, threads, st);
            double wall = (System.nanoTime() - t0) / 1e9;
            double mbytes = st.bytes.get() / 1048576.0;
            double cpu = st.cpuNanos.get() / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            out.printf(Locale.ROOT, "corpus: %s, %.1f MB, %d docs, %d mentions (%.1f per doc, %.1f per KB)%n",
                    style, mbytes, st.docs.get(), st.mentions.get(), (double) st.mentions.get() / st.docs.get(),
                    st.mentions.get() / (st.bytes.get() / 1024.0));
            out.printf(Locale.ROOT, "threads: %d, wall %.2f s, %.1f MB/s, %.0f docs/s%n", threads, wall,
                    mbytes / wall, st.docs.get() / wall);
            out.printf(Locale.ROOT, "per core: %.1f MB/s (parsing CPU time %.2f s)%n", mbytes / cpu, cpu);
            out.printf(Locale.ROOT, "heap: peak used %.0f MB, max %.0f MB%n", peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            return 0;
        }

        /** Writes the documents a timed run would parse; returns how many. */
        private static long writeCorpus(BenchCorpus corpus, long warmup, long budget, java.nio.file.Path file)
                throws java.io.IOException {
            long first = 0;
            for (long bytes = 0; bytes < warmup; first++) {
                bytes += corpus.doc(first).text().getBytes(StandardCharsets.UTF_8).length;
            }
            long start = first;
            long[] end = {first};
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
            });
            return end[0] - start;
        }

        private static final class Stats {
            final AtomicLong bytes = new AtomicLong();
            final AtomicLong docs = new AtomicLong();
            final AtomicLong mentions = new AtomicLong();
            final AtomicLong cpuNanos = new AtomicLong();
        }

        /** Parses documents from {@code first} until {@code budget} bytes are done; returns the next index. */
        private static long run(GazetteerGeoparser geo, BenchCorpus corpus, long first, long budget, int threads,
                                Stats st) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicLong nextDoc = new AtomicLong(first);
            AtomicLong done = new AtomicLong();
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    long sink = 0;
                    while (done.get() < budget) {
                        BenchCorpus.Doc d = corpus.doc(nextDoc.getAndIncrement());
                        long bytes = d.text().getBytes(StandardCharsets.UTF_8).length;
                        long c0 = mx.getCurrentThreadCpuTime();
                        GeoparseResult r = geo.parse(d.text(), d.lang());
                        sink += GeoparseJson.line(d.id(), r).length();
                        long c1 = mx.getCurrentThreadCpuTime();
                        done.addAndGet(bytes);
                        if (st != null) {
                            st.bytes.addAndGet(bytes);
                            st.docs.incrementAndGet();
                            st.mentions.addAndGet(r.mentions().size());
                            st.cpuNanos.addAndGet(c1 - c0);
                        }
                    }
                    return sink;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            return nextDoc.get();
        }
    }
}
