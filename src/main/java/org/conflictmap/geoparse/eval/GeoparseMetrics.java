package org.conflictmap.geoparse.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.GeoMath;

/**
 * Accumulates the geoparsing metrics of the evaluation README over documents: exact-span precision,
 * recall and F1 (a demonym prediction that matches no counted span and a prediction on an optional span are ignored), and
 * over the true positives with gold coordinates the great-circle error (an unresolved prediction counts
 * {@value #UNRESOLVED_KM} km): Acc@161, AUC = mean ln(1+e)/ln(1+20039), mean and median; and how well the
 * predictions' confidence tells right from wrong there: the mean log-loss of "within 161 km". Not thread-safe.
 */
public final class GeoparseMetrics {

    /** Error assigned to an unresolved true positive: half the Earth's circumference, in km. */
    public static final double UNRESOLVED_KM = 20039;
    /** Acc@161: errors up to 161 km (100 miles) count as correct. */
    public static final double ACC_KM = 161;

    /** A prediction to score; {@code confidence} is the geoparser's, 0..1. */
    public record Prediction(int start, int end, boolean demonym, boolean resolved, double lat, double lon,
                             double confidence) {
    }

    /** What happened to one span, for error listings. */
    public enum Outcome { TRUE_POSITIVE, FALSE_POSITIVE, FALSE_NEGATIVE, IGNORED }

    /** One scored span, for error listings. */
    public record Scored(int start, int end, Outcome outcome, double errorKm) {
    }

    /**
     * The summary numbers; {@code logLoss} is the mean of -ln(confidence) over the true positives with gold
     * coordinates resolved within 161 km and -ln(1 - confidence) over the others (confidence clipped to
     * [{@value #MIN_P}, 1 - {@value #MIN_P}]), NaN without any.
     */
    public record Summary(int tp, int fp, int fn, double precision, double recall, double f1, int resolved,
                          double acc161, double auc, double meanKm, double medianKm, double logLoss) {
    }

    /** Confidences are clipped to [MIN_P, 1 - MIN_P] in the log-loss. */
    public static final double MIN_P = 1e-4;

    private int tp;
    private int fp;
    private int fn;
    private final List<Double> errors = new ArrayList<>();
    private double logLossSum;

    /**
     * Scores one document and returns what happened to each gold and predicted span.
     *
     * @param gold        the gold spans
     * @param predictions the predictions
     */
    public List<Scored> add(List<GoldDocument.GoldSpan> gold, List<Prediction> predictions) {
        Map<Long, GoldDocument.GoldSpan> bySpan = new HashMap<>();
        for (GoldDocument.GoldSpan g : gold) {
            GoldDocument.GoldSpan prev = bySpan.get(key(g.start(), g.end()));
            if (prev == null || g.role().ordinal() < prev.role().ordinal()) {
                bySpan.put(key(g.start(), g.end()), g);
            }
        }
        List<Scored> out = new ArrayList<>();
        java.util.Set<Long> hit = new java.util.HashSet<>();
        for (Prediction p : predictions) {
            long k = key(p.start(), p.end());
            GoldDocument.GoldSpan g = bySpan.get(k);
            if (g != null && g.role() == GoldDocument.Role.COUNTED && !hit.contains(k)) {
                hit.add(k);
                tp++;
                double err = Double.NaN;
                if (g.hasCoordinates()) {
                    err = p.resolved() ? GeoMath.distanceKm(g.lat(), g.lon(), p.lat(), p.lon()) : UNRESOLVED_KM;
                    errors.add(err);
                    double c = Math.min(1 - MIN_P, Math.max(MIN_P, p.confidence()));
                    logLossSum -= Math.log(err <= ACC_KM ? c : 1 - c);
                }
                out.add(new Scored(p.start(), p.end(), Outcome.TRUE_POSITIVE, err));
            } else if (g != null && g.role() == GoldDocument.Role.OPTIONAL || p.demonym()) {
                out.add(new Scored(p.start(), p.end(), Outcome.IGNORED, Double.NaN));
            } else {
                fp++;
                out.add(new Scored(p.start(), p.end(), Outcome.FALSE_POSITIVE, Double.NaN));
            }
        }
        for (Map.Entry<Long, GoldDocument.GoldSpan> e : bySpan.entrySet()) {
            GoldDocument.GoldSpan g = e.getValue();
            if (g.role() == GoldDocument.Role.COUNTED && !hit.contains(e.getKey())) {
                fn++;
                out.add(new Scored(g.start(), g.end(), Outcome.FALSE_NEGATIVE, Double.NaN));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return out;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    /** The metrics over everything added so far. */
    public Summary summary() {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        int n = errors.size();
        double acc = Double.NaN;
        double auc = Double.NaN;
        double mean = Double.NaN;
        double median = Double.NaN;
        if (n > 0) {
            double[] e = new double[n];
            int good = 0;
            double aucSum = 0;
            double sum = 0;
            double denom = Math.log(1 + UNRESOLVED_KM);
            for (int i = 0; i < n; i++) {
                e[i] = errors.get(i);
                if (e[i] <= ACC_KM) {
                    good++;
                }
                aucSum += Math.log(1 + e[i]) / denom;
                sum += e[i];
            }
            Arrays.sort(e);
            acc = (double) good / n;
            auc = aucSum / n;
            mean = sum / n;
            median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
        }
        return new Summary(tp, fp, fn, p, r, f1, n, acc, auc, mean, median, n > 0 ? logLossSum / n : Double.NaN);
    }
}
