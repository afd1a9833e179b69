package org.conflictmap.geoparse.eval;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictmap.geoparse.ResolverWeights;

/**
 * Learns resolver weights by pattern search, which needs no gradient (the objective, a count of mistakes, is
 * a step function of the weights): pass after pass, each weight in turn is multiplied and divided by a step
 * factor (and, in the first pass, set to 0), and a change is kept when it lowers the objective
 * ({@link TrainingCorpus.Score}: fewer mistakes, then smaller log errors), or, with a minimum gain of
 * {@code g > 0}, when it removes at least {@code g} mistakes (fewer changes, less fitting of noise). A pass that keeps nothing shrinks the
 * factor to its square root (2, 1.41, 1.19, 1.09); the search stops below 1.05 or after the pass limit. Values are
 * rounded to 3 significant digits. The confidence weight ({@code sharpness}), which changes no mistake, is
 * left out of the pattern search and fitted last by {@link ConfidenceFit}. Deterministic: the same objective
 * gives the same weights.
 */
public final class WeightSearch {

    /** What is scored: the training documents under some weights. */
    @FunctionalInterface
    public interface Objective {
        /** The score of {@code weights}; lower is better. */
        TrainingCorpus.Score score(ResolverWeights weights);
    }

    /** The search outcome. */
    public record Result(ResolverWeights weights, TrainingCorpus.Score start, TrainingCorpus.Score score,
                         int evaluations, int passes) {
    }

    /** Weights that must stay positive (a zero would divide by zero). */
    private static final Set<String> POSITIVE = Set.of("nearKm");
    private static final double FIRST_STEP = 2.0;
    private static final double LAST_STEP = 1.05;

    private final List<String> names;
    private final int maxPasses;
    private final int minGain;

    /** A search keeping every change that improves the objective (minimum gain 0). */
    public WeightSearch(List<String> names, int maxPasses) {
        this(names, maxPasses, 0);
    }

    /**
     * A search over weights {@code names} (the others stay as they start).
     *
     * @param maxPasses largest number of passes over the weights
     * @param minGain   mistakes a change must remove to be kept; 0: any improvement, log errors breaking ties
     */
    public WeightSearch(List<String> names, int maxPasses, int minGain) {
        if (minGain < 0) {
            throw new IllegalArgumentException("negative minimum gain " + minGain);
        }
        this.minGain = minGain;
        for (String n : names) {
            ResolverWeights.DEFAULTS.get(n); // fails on an unknown name
        }
        this.names = List.copyOf(names);
        this.maxPasses = maxPasses;
    }

    /** Searches from {@code start}; one progress line per pass on {@code progress}, prefixed by {@code label}. */
    public Result fit(ResolverWeights start, Objective objective, PrintStream progress, String label) {
        long t0 = System.nanoTime();
        ResolverWeights best = start;
        TrainingCorpus.Score first = objective.score(start);
        TrainingCorpus.Score bestScore = first;
        int evaluations = 1;
        double step = FIRST_STEP;
        int pass = 0;
        boolean searched = names.stream().anyMatch(n -> !n.equals(ConfidenceFit.WEIGHT));
        while (searched && pass < maxPasses && step >= LAST_STEP) {
            pass++;
            int kept = 0;
            for (String name : names) {
                if (name.equals(ConfidenceFit.WEIGHT)) {
                    continue;
                }
                double cur = best.get(name);
                double[] tries = pass == 1 && !POSITIVE.contains(name) ? new double[] {cur * step, cur / step, 0}
                        : new double[] {cur * step, cur / step};
                for (double t : tries) {
                    double v = round(t);
                    if (v == cur || POSITIVE.contains(name) && v <= 0) {
                        continue;
                    }
                    ResolverWeights w = best.with(name, v);
                    TrainingCorpus.Score s = objective.score(w);
                    evaluations++;
                    if (minGain == 0 ? s.compareTo(bestScore) < 0 : s.mistakes() <= bestScore.mistakes() - minGain) {
                        best = w;
                        bestScore = s;
                        cur = v;
                        kept++;
                    }
                }
            }
            progress.printf(Locale.ROOT, "%s pass %d (step x%.2f): %d mistakes, log error %.1f, %d changes kept"
                    + " (%d evaluations, %.0f s)%n", label, pass, step, bestScore.mistakes(), bestScore.logErrors(),
                    kept, evaluations, (System.nanoTime() - t0) / 1e9);
            if (kept == 0) {
                step = Math.sqrt(step);
            }
        }
        if (names.contains(ConfidenceFit.WEIGHT)) {
            best = ConfidenceFit.fit(best, objective);
            bestScore = objective.score(best);
            progress.printf(Locale.ROOT, "%s confidence: sharpness %s, log-loss %.4f%n", label, best.sharpness(),
                    bestScore.summary().logLoss());
        }
        return new Result(best, first, bestScore, evaluations, pass);
    }

    /** {@code v} rounded to 3 significant digits (exact decimal rounding, so the text form stays short). */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }
}
