package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.ResolverWeights;
import org.conflictmap.geoparse.eval.CrossValidation;
import org.conflictmap.geoparse.eval.Folds;
import org.conflictmap.geoparse.eval.GeoparseMetrics;
import org.conflictmap.geoparse.eval.GoldDocument;
import org.conflictmap.geoparse.eval.GoldReader;
import org.conflictmap.geoparse.eval.TrainingCorpus;
import org.conflictmap.geoparse.eval.WeightSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code conflictmap train}: learns resolver weights from a gold corpus, with cross-validated figures. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {
            "Learns the resolver's weights (feature and population priors; document evidence:",
            "country focus, nearby places, containers, lists) from a gold corpus, and says by",
            "k-fold cross-validation whether they beat the built-in weights on documents they",
            "were not learned from.",
            "",
            "The documents are split into k folds (shuffled by --seed). For each fold, weights",
            "are learned on the other folds and scored on it, next to the starting weights",
            "(built-in, or --weights) on the same fold. Then weights are learned on every",
            "document and written to --output as 'name = value' lines, for",
            "'geoparse --weights' and 'eval --weights'. Only the held-out figures say how",
            "weights do on new text; figures on the training documents flatter them.",
            "",
            "Learning is a pattern search: each weight in turn is multiplied and divided by a",
            "factor (2, then 1.41, 1.19, 1.09) and a change is kept when it lowers the number",
            "of mistakes on the training documents (true positives resolved farther than",
            "161 km or not at all, false negatives, false positives; ties broken by the sum of",
            "ln(1+km)). Then 'sharpness', which changes no resolution, only the confidence",
            "(softmax of the candidate scores times it), is set to the value of smallest",
            "log-loss of 'resolved within 161 km' on the training documents. Each document is",
            "recognised once; only resolution runs again per trial. Progress goes to stderr;",
            "the same input gives the same output.",
            "",
            "Gold (--gold): as for 'conflictmap eval'. Learn from development data only:",
            "weights learned on a test corpus make its figures worthless.",
            "",
            "Example: conflictmap train --gold gwn.jsonl --folds 5 --output weights.txt",
            "         conflictmap eval --gold gwn.jsonl --weights weights.txt"
        })
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold corpus to learn from.")
    private Path gold;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "Weights learned on every document (written atomically).")
    private Path output;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
    private int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the fold split (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--oracle-spans", description = "Learn and score resolution of the gold spans alone"
            + " (as 'eval --oracle-spans'); default: end-to-end geoparsing.")
    private boolean oracleSpans;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "8",
            description = "Largest number of passes over the weights per fit (default: ${DEFAULT-VALUE}).")
    private int passes;

    @Option(names = "--min-gain", paramLabel = "N", defaultValue = "0",
            description = "Keep a change only when it removes at least N mistakes on the training documents;"
                    + " 0 keeps any improvement, smaller log errors breaking ties (default: ${DEFAULT-VALUE}).")
    private int minGain;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Learn only these weights (comma-separated; default: all; the names are those of a"
                    + " weights file).")
    private List<String> only;

    @Mixin
    private GazetteerOption gazetteerOption = new GazetteerOption();

    @Mixin
    private WeightsOption weightsOption = new WeightsOption();

    private final Gazetteer fixedGazetteer;
    private final PrintStream out;
    private final PrintStream err;

    /** The command as registered on the command line. */
    public TrainCommand() {
        this(null, System.out, System.err);
    }

    /** A command over a given gazetteer (for tests). */
    public TrainCommand(Gazetteer gazetteer, PrintStream out, PrintStream err) {
        this.fixedGazetteer = gazetteer;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<GoldDocument> docs;
        try {
            docs = GoldReader.read(gold);
        } catch (IOException e) {
            err.println("conflictmap train: cannot read " + gold + ": " + e.getMessage());
            return 66;
        }
        if (folds < 2 || folds > docs.size()) {
            err.println("conflictmap train: --folds must be between 2 and the number of documents (" + docs.size()
                    + "), got " + folds);
            return 2;
        }
        if (minGain < 0) {
            err.println("conflictmap train: --min-gain must not be negative, got " + minGain);
            return 2;
        }
        List<String> names = only == null || only.isEmpty() ? ResolverWeights.names() : only;
        for (String n : names) {
            if (!ResolverWeights.names().contains(n)) {
                err.println("conflictmap train: unknown weight '" + n + "' in --only (known: "
                        + String.join(", ", ResolverWeights.names()) + ")");
                return 2;
            }
        }
        GazetteerGeoparser geoparser = weightsOption.geoparser(gazetteerOption, fixedGazetteer, err);
        if (geoparser == null) {
            return 78;
        }
        ResolverWeights start = geoparser.weights();
        TrainingCorpus corpus = new TrainingCorpus(geoparser, docs, oracleSpans);
        err.printf(Locale.ROOT, "conflictmap train: %d documents prepared in %.1f s; learning %d weights%n",
                docs.size(), (System.nanoTime() - t0) / 1e9, names.size());
        CrossValidation.Result r = new CrossValidation(corpus, new WeightSearch(names, passes, minGain))
                .run(start, new Folds(docs.size(), folds, seed), err);
        String startLabel = start.equals(ResolverWeights.DEFAULTS) ? "defaults" : "start";
        List<String> report = table(r, startLabel, docs.size());
        report.forEach(out::println);
        ResolverWeights learned = r.finalFit().weights();
        List<String> comments = new ArrayList<>();
        comments.add("Resolver weights learned by 'conflictmap train' on " + gold.getFileName() + " (" + docs.size()
                + " documents, " + (oracleSpans ? "oracle spans" : "end to end") + ", " + names.size()
                + " weights searched).");
        comments.add(String.format(Locale.ROOT, "Cross-validated (k=%d, seed=%d), pooled held-out Acc@161: learned %.3f,"
                + " %s %.3f.", folds, seed, r.pooledLearned().acc161(), startLabel, r.pooledStart().acc161()));
        try {
            learned.save(output, comments);
        } catch (IOException e) {
            err.println("conflictmap train: cannot write " + output + ": " + e.getMessage());
            return 73;
        }
        out.println("weights written to " + output);
        for (String n : ResolverWeights.names()) {
            if (learned.get(n) != start.get(n)) {
                out.println("  " + n + ": " + start.get(n) + " -> " + learned.get(n));
            }
        }
        out.flush();
        err.printf(Locale.ROOT, "conflictmap train: done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private List<String> table(CrossValidation.Result r, String startLabel, int docs) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "cross-validated on %s: %d documents, k=%d, seed=%d, %s", gold.getFileName(),
                docs, folds, seed, oracleSpans ? "oracle spans" : "end to end"));
        lines.add(String.format(Locale.ROOT, "%-13s %5s %5s | %-8s %7s %6s %8s %6s | %-8s %7s %6s %8s %6s", "fold", "docs",
                "spans", "", "Acc@161", "AUC", "mean km", "F1", "", "Acc@161", "AUC", "mean km", "F1"));
        double[] sumL = new double[4];
        double[] sumS = new double[4];
        for (int f = 0; f < r.folds().size(); f++) {
            CrossValidation.Fold fold = r.folds().get(f);
            GeoparseMetrics.Summary l = fold.learned().summary();
            GeoparseMetrics.Summary s = fold.start().summary();
            lines.add(row(String.valueOf(f + 1), fold.docs(), l.resolved(), l, s, startLabel));
            add(sumL, l);
            add(sumS, s);
        }
        int k = r.folds().size();
        lines.add(String.format(Locale.ROOT, "%-13s %5s %5s | %-8s %7.3f %6.3f %8.0f %6.3f | %-8s %7.3f %6.3f %8.0f %6.3f",
                "mean of folds", "", "", "learned", sumL[0] / k, sumL[1] / k, sumL[2] / k, sumL[3] / k, startLabel,
                sumS[0] / k, sumS[1] / k, sumS[2] / k, sumS[3] / k));
        lines.add(row("pooled", docs, r.pooledLearned().resolved(), r.pooledLearned(), r.pooledStart(), startLabel));
        lines.add(String.format(Locale.ROOT, "confidence log-loss, pooled held-out: learned %.4f, %s %.4f",
                r.pooledLearned().logLoss(), startLabel, r.pooledStart().logLoss()));
        WeightSearch.Result fit = r.finalFit();
        lines.add(String.format(Locale.ROOT, "fit on all documents (training figures, not held-out): %d -> %d mistakes,"
                + " %d evaluations, %d passes", fit.start().mistakes(), fit.score().mistakes(), fit.evaluations(),
                fit.passes()));
        return lines;
    }

    private static String row(String label, int docs, int spans, GeoparseMetrics.Summary l, GeoparseMetrics.Summary s,
                              String startLabel) {
        return String.format(Locale.ROOT, "%-13s %5d %5d | %-8s %7.3f %6.3f %8.0f %6.3f | %-8s %7.3f %6.3f %8.0f %6.3f",
                label, docs, spans, "learned", l.acc161(), l.auc(), l.meanKm(), l.f1(), startLabel, s.acc161(), s.auc(),
                s.meanKm(), s.f1());
    }

    private static void add(double[] sum, GeoparseMetrics.Summary s) {
        sum[0] += s.acc161();
        sum[1] += s.auc();
        sum[2] += s.meanKm();
        sum[3] += s.f1();
    }
}
