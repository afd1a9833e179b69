package org.conflictmap.geoparse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.geoparse.eval.GeoparseMetrics.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseMetricsTest {

    private static GoldDocument.GoldSpan gold(int s, int e, GoldDocument.Role role, double lat, double lon) {
        return new GoldDocument.GoldSpan(s, e, "x", role, lat, lon);
    }

    @Test
    void precisionRecallAndDistances() {
        GeoparseMetrics m = new GeoparseMetrics();
        List<GoldDocument.GoldSpan> gold = List.of(
                gold(0, 5, GoldDocument.Role.COUNTED, 10, 10),
                gold(10, 15, GoldDocument.Role.COUNTED, 0, 0),
                gold(20, 25, GoldDocument.Role.COUNTED, 0, 0),
                gold(30, 35, GoldDocument.Role.OPTIONAL, Double.NaN, Double.NaN),
                gold(40, 45, GoldDocument.Role.NOT_COUNTED, Double.NaN, Double.NaN));
        List<Prediction> preds = List.of(
                new Prediction(0, 5, false, true, 10, 10, 1),        // exact: 0 km
                new Prediction(10, 15, false, true, 0, 2, 1),        // ~222 km
                new Prediction(20, 24, false, true, 0, 0, 1),        // wrong span: FP, and gold 20-25 is FN
                new Prediction(30, 35, false, true, 1, 1, 1),        // optional: ignored
                new Prediction(40, 45, false, true, 1, 1, 1),        // annotated but not counted: FP
                new Prediction(50, 55, true, true, 1, 1, 1),         // unmatched demonym: ignored
                new Prediction(60, 65, false, true, 1, 1, 1));       // FP
        m.add(gold, preds);
        GeoparseMetrics.Summary s = m.summary();
        assertEquals(2, s.tp());
        assertEquals(3, s.fp());
        assertEquals(1, s.fn());
        assertEquals(2.0 / 5, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(2 * 0.4 * (2.0 / 3) / (0.4 + 2.0 / 3), s.f1(), 1e-9);
        double d = GeoMath.distanceKm(0, 0, 0, 2);
        assertEquals(0.5, s.acc161(), 1e-9);
        assertEquals(d / 2, s.meanKm(), 1e-6);
        assertEquals(d / 2, s.medianKm(), 1e-6);
        assertEquals((Math.log(1) + Math.log(1 + d)) / Math.log(1 + 20039) / 2, s.auc(), 1e-9);
    }

    @Test
    void unresolvedTruePositiveCountsHalfTheEarth() {
        GeoparseMetrics m = new GeoparseMetrics();
        m.add(List.of(gold(0, 5, GoldDocument.Role.COUNTED, 10, 10)),
                List.of(new Prediction(0, 5, false, false, Double.NaN, Double.NaN, 0)));
        GeoparseMetrics.Summary s = m.summary();
        assertEquals(1, s.tp());
        assertEquals(20039, s.meanKm(), 1e-9);
        assertEquals(1.0, s.auc(), 1e-9);
        assertEquals(0.0, s.acc161(), 1e-9);
    }

    @Test
    void logLossRewardsConfidenceInRightAndDoubtInWrongResolutions() {
        GeoparseMetrics m = new GeoparseMetrics();
        m.add(List.of(gold(0, 5, GoldDocument.Role.COUNTED, 10, 10), gold(10, 15, GoldDocument.Role.COUNTED, 0, 0),
                        gold(20, 25, GoldDocument.Role.COUNTED, Double.NaN, Double.NaN)),
                List.of(new Prediction(0, 5, false, true, 10, 10, 0.9),   // right, confident
                        new Prediction(10, 15, false, true, 0, 5, 0.3),   // ~556 km off, doubtful
                        new Prediction(20, 25, false, true, 0, 5, 0.1))); // no gold point: not counted
        assertEquals(-(Math.log(0.9) + Math.log(0.7)) / 2, m.summary().logLoss(), 1e-9);
        GeoparseMetrics sure = new GeoparseMetrics();
        sure.add(List.of(gold(0, 5, GoldDocument.Role.COUNTED, 0, 0)),
                List.of(new Prediction(0, 5, false, true, 0, 5, 1.0)));   // wrong and certain: clipped
        assertEquals(-Math.log(GeoparseMetrics.MIN_P), sure.summary().logLoss(), 1e-9);
        assertTrue(Double.isNaN(new GeoparseMetrics().summary().logLoss()));
    }

    @Test
    void demonymPredictionOnAGoldSpanIsATruePositive() {
        GeoparseMetrics m = new GeoparseMetrics();
        m.add(List.of(gold(0, 6, GoldDocument.Role.COUNTED, 46, 2)), List.of(new Prediction(0, 6, true, true, 46, 2, 1)));
        assertEquals(1, m.summary().tp());
        assertEquals(1.0, m.summary().acc161(), 1e-9);
    }

    @Test
    void goldReaderAppliesTheCountingRules(@TempDir Path dir) throws Exception {
        Path hand = dir.resolve("hand.jsonl");
        Files.writeString(hand, "{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"russe Moscou NKR Karabakh\",\"toponyms\":["
                + "{\"start\":0,\"end\":5,\"kind\":\"demonym\",\"geonameid\":null,\"lat\":null,\"lon\":null},"
                + "{\"start\":6,\"end\":12,\"kind\":\"toponym\",\"geonameid\":524901,\"lat\":55.7,\"lon\":37.6},"
                + "{\"start\":13,\"end\":16,\"kind\":\"optional\",\"geonameid\":null,\"lat\":null,\"lon\":null},"
                + "{\"start\":17,\"end\":25,\"kind\":\"toponym\",\"geonameid\":null,\"lat\":39.9,\"lon\":46.7}]}\n");
        List<GoldDocument> docs = GoldReader.read(hand);
        List<GoldDocument.GoldSpan> t = docs.get(0).toponyms();
        assertEquals(GoldDocument.Role.NOT_COUNTED, t.get(0).role());
        assertEquals(GoldDocument.Role.COUNTED, t.get(1).role());
        assertEquals(GoldDocument.Role.OPTIONAL, t.get(2).role());
        assertEquals(GoldDocument.Role.COUNTED, t.get(3).role());

        Path gwn = dir.resolve("gwn.jsonl");
        Files.writeString(gwn, "{\"id\":\"g\",\"text\":\"London river\",\"toponyms\":["
                + "{\"start\":0,\"end\":6,\"geonameid\":2643743,\"lat\":51.5,\"lon\":-0.1},"
                + "{\"start\":7,\"end\":12,\"geonameid\":null,\"lat\":51.5,\"lon\":-0.1}]}\n");
        t = GoldReader.read(gwn).get(0).toponyms();
        assertEquals(GoldDocument.Role.COUNTED, t.get(0).role());
        assertEquals(GoldDocument.Role.NOT_COUNTED, t.get(1).role());

        Path hipe = dir.resolve("hipe.jsonl");
        Files.writeString(hipe, "{\"id\":\"h\",\"text\":\"Berne\",\"toponyms\":["
                + "{\"start\":0,\"end\":5,\"geonameid\":null,\"lat\":null,\"lon\":null}]}\n");
        t = GoldReader.read(hipe).get(0).toponyms();
        assertEquals(GoldDocument.Role.COUNTED, t.get(0).role());
        assertTrue(!t.get(0).hasCoordinates());
    }
}
