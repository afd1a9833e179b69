package org.conflictmap.geoparse.eval;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.ResolverWeights;

/**
 * Gold documents prepared for scoring many resolver weights: end to end, each document is recognised once
 * ({@link GazetteerGeoparser#recognize}) and only resolution runs again per weights; with oracle spans, the
 * gold spans are resolved again per weights (gazetteer look-ups are cached by the geoparser). Not thread-safe.
 */
public final class TrainingCorpus {

    /**
     * The score of some weights on some documents.
     *
     * @param mistakes  gold spans not resolved within {@value GeoparseMetrics#ACC_KM} km: far or unresolved true
     *                  positives with gold coordinates, false negatives, plus false positives (the objective)
     * @param logErrors sum of ln(1 + km) over the true positives with gold coordinates (the tie-break)
     * @param summary   the usual metrics
     */
    public record Score(int mistakes, double logErrors, GeoparseMetrics.Summary summary)
            implements Comparable<Score> {

        /** Fewer mistakes first, then smaller log errors. */
        @Override
        public int compareTo(Score o) {
            return mistakes != o.mistakes ? Integer.compare(mistakes, o.mistakes)
                    : Double.compare(logErrors, o.logErrors);
        }
    }

    private final GazetteerGeoparser geoparser;
    private final List<GoldDocument> docs;
    private final boolean oracleSpans;
    private final List<GazetteerGeoparser.Recognized> recognized;
    private final List<List<int[]>> spans;

    /**
     * Prepares {@code docs} for scoring.
     *
     * @param geoparser   the geoparser whose recognition is used (its weights do not matter)
     * @param oracleSpans score resolution of the gold spans instead of end-to-end geoparsing
     */
    public TrainingCorpus(GazetteerGeoparser geoparser, List<GoldDocument> docs, boolean oracleSpans) {
        this.geoparser = geoparser;
        this.docs = List.copyOf(docs);
        this.oracleSpans = oracleSpans;
        this.recognized = new ArrayList<>(docs.size());
        this.spans = new ArrayList<>(docs.size());
        for (GoldDocument d : this.docs) {
            if (oracleSpans) {
                List<int[]> s = new ArrayList<>();
                for (GoldDocument.GoldSpan g : d.toponyms()) {
                    if (g.role() == GoldDocument.Role.COUNTED) {
                        s.add(new int[] {g.start(), g.end()});
                    }
                }
                spans.add(s);
                recognized.add(null);
            } else {
                spans.add(null);
                recognized.add(geoparser.recognize(d.text(), d.lang()));
            }
        }
    }

    /** Number of documents. */
    public int size() {
        return docs.size();
    }

    /** The documents. */
    public List<GoldDocument> documents() {
        return docs;
    }

    /** Scores {@code weights} on the documents at {@code indices} (in that order). */
    public Score score(ResolverWeights weights, int[] indices) {
        return score(weights, indices, null);
    }

    /** Scores {@code weights} on the documents at {@code indices}, adding them to {@code pooled} too (unless null). */
    public Score score(ResolverWeights weights, int[] indices, GeoparseMetrics pooled) {
        GazetteerGeoparser g = geoparser.withWeights(weights);
        GeoparseMetrics metrics = new GeoparseMetrics();
        int mistakes = 0;
        double logErrors = 0;
        for (int i : indices) {
            GoldDocument d = docs.get(i);
            GeoparseResult r = oracleSpans ? g.resolveSpans(d.text(), d.lang(), spans.get(i))
                    : g.resolve(recognized.get(i));
            List<GeoparseMetrics.Prediction> preds = Evaluator.predictions(r);
            if (pooled != null) {
                pooled.add(d.toponyms(), preds);
            }
            for (GeoparseMetrics.Scored s : metrics.add(d.toponyms(), preds)) {
                switch (s.outcome()) {
                    case FALSE_POSITIVE, FALSE_NEGATIVE -> mistakes++;
                    case TRUE_POSITIVE -> {
                        if (!Double.isNaN(s.errorKm())) {
                            logErrors += Math.log1p(s.errorKm());
                            if (s.errorKm() > GeoparseMetrics.ACC_KM) {
                                mistakes++;
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Score(mistakes, logErrors, metrics.summary());
    }
}
