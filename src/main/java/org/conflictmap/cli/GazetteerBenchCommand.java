package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.GazetteerFormatException;
import org.conflictmap.gazetteer.GazetteerLocator;
import org.conflictmap.gazetteer.MappedGazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap gazetteer bench}: load time, heap and lookup speed of the compiled gazetteer. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the compiled gazetteer: JVM start to first lookup answered, heap held by the loaded",
            "gazetteer, and key probes per second over a text (token windows as the geoparser makes them).",
            "For the whole-process figure also time 'conflictmap gazetteer lookup Moscou' against '--version'."
        })
final class GazetteerBenchCommand implements Callable<Integer> {

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Gazetteer file (default: see 'gazetteer --help').")
    private Path gazetteer;

    @Option(names = "--text", paramLabel = "FILE", description = "UTF-8 text for the probe benchmark (default: a built-in sentence repeated).")
    private Path text;

    @Option(names = "--seconds", defaultValue = "3", description = "Duration of the probe benchmark (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        MappedGazetteer[] ref = new MappedGazetteer[1];
        try {
            ref[0] = new GazetteerLocator().open(gazetteer);
        } catch (GazetteerLocator.GazetteerNotFoundException | GazetteerFormatException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 66;
        }
        int first = ref[0].candidates(NameNormalizer.normalize("Moscou")).size();
        long t1 = System.nanoTime();
        long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
        String description = ref[0].description();
        long heapWith = usedHeap(rt);
        ref[0] = null;
        long heapWithout = usedHeap(rt);
        MappedGazetteer g = new GazetteerLocator().open(gazetteer);
        out.printf(Locale.ROOT, "gazetteer\t%s%n", description);
        out.printf(Locale.ROOT, "open+verify+first lookup\t%.1f ms (%d candidates for 'moscou')%n", (t1 - t0) / 1e6, first);
        out.printf(Locale.ROOT, "JVM start to first lookup\t%d ms%n", sinceStart);
        out.printf(Locale.ROOT, "heap held by gazetteer\t%.2f MB (file is memory-mapped, %d MB of heap in use in total)%n",
                Math.max(0, heapWith - heapWithout) / 1e6, heapWith / 1_000_000);
        String sample = text == null ? null : Files.readString(text);
        if (sample == null || sample.isBlank()) {
            sample = "Les forces arméniennes et azerbaïdjanaises se sont affrontées près de Stepanakert, "
                    + "capitale du Haut-Karabakh, tandis que Moscou, Ankara et Paris appelaient à un cessez-le-feu "
                    + "entre Erevan et Bakou. The United States and the European Union urged restraint in the "
                    + "South Caucasus, and Russian President Vladimir Putin spoke with Turkish officials in New York. ";
        }
        String[] tokens = NameNormalizer.normalize(sample).split(" ");
        long probes = 0;
        long chars = 0;
        int found = 0;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < tokens.length; i++) {
                String window = tokens[i];
                chars += window.length() + 1;
                for (int k = 1; ; k++) {
                    probes++;
                    if (g.containsKey(window)) {
                        found++;
                    }
                    if (k >= g.maxKeyTokens() || i + k >= tokens.length || !g.hasLongerKey(window)) {
                        break;
                    }
                    probes++;
                    window = window + " " + tokens[i + k];
                }
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "probes\t%.2f M/s (%d matches); text %.1f MB/s of normalised tokens%n",
                probes / secs / 1e6, found, chars / secs / 1e6);
        return 0;
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
