package org.conflictmap.geoparse.eval;

import org.conflictmap.geoparse.ResolverWeights;

/**
 * Learns {@link ResolverWeights#sharpness}, the one weight that changes no resolution, only the confidence:
 * a golden-section search of its logarithm over [{@value #MIN}, {@value #MAX}] for the smallest confidence
 * log-loss ({@link GeoparseMetrics.Summary#logLoss}) on the training documents. The log-loss of a softmax is
 * smooth and, in practice, has one minimum in its temperature.
 */
final class ConfidenceFit {

    static final String WEIGHT = "sharpness";
    static final double MIN = 0.25;
    static final double MAX = 8;
    private static final int STEPS = 16;
    private static final double PHI = (Math.sqrt(5) - 1) / 2;

    private ConfidenceFit() {
    }

    /** {@code start} with the sharpness of smallest log-loss under {@code objective} (3 significant digits). */
    static ResolverWeights fit(ResolverWeights start, WeightSearch.Objective objective) {
        double a = Math.log(MIN);
        double b = Math.log(MAX);
        double c = b - PHI * (b - a);
        double d = a + PHI * (b - a);
        double fc = loss(start, objective, c);
        double fd = loss(start, objective, d);
        for (int i = 0; i < STEPS; i++) {
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - PHI * (b - a);
                fc = loss(start, objective, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + PHI * (b - a);
                fd = loss(start, objective, d);
            }
        }
        double best = WeightSearch.round(Math.exp(fc <= fd ? c : d));
        double here = loss(start, objective, Math.log(start.sharpness()));
        return loss(start, objective, Math.log(best)) < here ? start.with(WEIGHT, best) : start;
    }

    private static double loss(ResolverWeights start, WeightSearch.Objective objective, double logSharpness) {
        double l = objective.score(start.with(WEIGHT, Math.exp(logSharpness))).summary().logLoss();
        return Double.isNaN(l) ? Double.POSITIVE_INFINITY : l;
    }
}
