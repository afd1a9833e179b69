package org.conflictmap.geoparse.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Mention;
import org.conflictmap.geoparse.MentionKind;

/**
 * Runs the geoparser over gold documents and scores it with {@link GeoparseMetrics}: end to end, or with
 * the gold spans given ("oracle spans": resolution only). Prints the summary, optionally one line per
 * document and a listing of false positives, false negatives and far resolutions.
 */
public final class Evaluator {

    /** What to print besides the summary. */
    public record Options(boolean oracleSpans, boolean perDoc, boolean errors) {
    }

    private final GazetteerGeoparser geoparser;

    /** An evaluator of {@code geoparser}. */
    public Evaluator(GazetteerGeoparser geoparser) {
        this.geoparser = geoparser;
    }

    /** Scores every document, prints to {@code out} and returns the overall summary. */
    public GeoparseMetrics.Summary run(List<GoldDocument> docs, Options options, PrintStream out) {
        GeoparseMetrics total = new GeoparseMetrics();
        for (GoldDocument d : docs) {
            GeoparseResult r;
            if (options.oracleSpans()) {
                List<int[]> spans = new ArrayList<>();
                for (GoldDocument.GoldSpan g : d.toponyms()) {
                    if (g.role() == GoldDocument.Role.COUNTED) {
                        spans.add(new int[] {g.start(), g.end()});
                    }
                }
                r = geoparser.resolveSpans(d.text(), d.lang(), spans);
            } else {
                r = geoparser.parse(d.text(), d.lang());
            }
            List<GeoparseMetrics.Prediction> preds = predictions(r);
            GeoparseMetrics one = new GeoparseMetrics();
            List<GeoparseMetrics.Scored> scored = one.add(d.toponyms(), preds);
            total.add(d.toponyms(), preds);
            if (options.perDoc()) {
                out.println(format(d.id(), one.summary()));
            }
            if (options.errors()) {
                printErrors(d, r, scored, out);
            }
        }
        GeoparseMetrics.Summary s = total.summary();
        out.println(format("ALL", s));
        return s;
    }

    /** The mentions of {@code r} as predictions to score. */
    static List<GeoparseMetrics.Prediction> predictions(GeoparseResult r) {
        List<GeoparseMetrics.Prediction> preds = new ArrayList<>(r.mentions().size());
        for (Mention m : r.mentions()) {
            boolean res = m.isResolved();
            preds.add(new GeoparseMetrics.Prediction(m.start(), m.end(), m.kind() == MentionKind.DEMONYM, res,
                    res ? m.place().lat() : Double.NaN, res ? m.place().lon() : Double.NaN, m.confidence()));
        }
        return preds;
    }

    /** One summary line. */
    public static String format(String label, GeoparseMetrics.Summary s) {
        return String.format(Locale.ROOT,
                "%s\tP=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\tAcc@161=%.3f AUC=%.3f mean=%.0fkm median=%.0fkm (n=%d)"
                        + "\tlog-loss=%.3f",
                label, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.acc161(), s.auc(), s.meanKm(),
                s.medianKm(), s.resolved(), s.logLoss());
    }

    private static void printErrors(GoldDocument d, GeoparseResult r, List<GeoparseMetrics.Scored> scored,
                                    PrintStream out) {
        String text = d.text();
        for (GeoparseMetrics.Scored s : scored) {
            String label;
            switch (s.outcome()) {
                case FALSE_POSITIVE -> label = "FP";
                case FALSE_NEGATIVE -> label = "FN";
                case TRUE_POSITIVE -> {
                    if (Double.isNaN(s.errorKm()) || s.errorKm() <= GeoparseMetrics.ACC_KM) {
                        continue;
                    }
                    label = String.format(Locale.ROOT, "FAR %.0fkm", s.errorKm());
                }
                default -> {
                    continue;
                }
            }
            String what = "";
            for (Mention m : r.mentions()) {
                if (m.start() == s.start() && m.end() == s.end() && m.isResolved()) {
                    what = " -> " + m.place().name() + " [" + m.place().id() + " " + m.place().feature() + " "
                            + m.place().country() + "]";
                }
            }
            int a = Math.max(0, s.start() - 40);
            int b = Math.min(text.length(), s.end() + 40);
            out.println(d.id() + "\t" + label + "\t" + text.substring(s.start(), s.end()) + what + "\t…"
                    + text.substring(a, b).replace('\n', ' ') + "…");
        }
    }
}
