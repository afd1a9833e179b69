package org.conflictmap.geoparse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.conflictmap.geoparse.Fixtures;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.ResolverWeights;
import org.junit.jupiter.api.Test;

class TrainingCorpusTest {

    private static GoldDocument doc(String id, String text, Object... spans) {
        List<GoldDocument.GoldSpan> gold = new java.util.ArrayList<>();
        for (int i = 0; i < spans.length; i += 3) {
            String s = (String) spans[i];
            int start = text.indexOf(s);
            gold.add(new GoldDocument.GoldSpan(start, start + s.length(), s, GoldDocument.Role.COUNTED,
                    (double) spans[i + 1], (double) spans[i + 2]));
        }
        return new GoldDocument(id, "fr", text, gold);
    }

    private static final List<GoldDocument> DOCS = List.of(
            doc("a", "Le ministre est arrivé à Moscou puis à Erevan.", "Moscou", 55.75, 37.62, "Erevan", 40.18, 44.51),
            doc("b", "La France et la Turquie parlent du Haut-Karabakh. Vladimir Poutine reste à Moscou.",
                    "France", 46.0, 2.0, "Turquie", 39.0, 35.0, "Haut-Karabakh", 39.9, 46.7, "Moscou", 55.75, 37.62),
            doc("c", "Des combats près de Stepanakert, selon Bakou.", "Stepanakert", 39.82, 46.75, "Bakou", 40.38, 49.89));

    @Test
    void scoresAsTheEvaluatorDoesBothWays() {
        GazetteerGeoparser geo = GazetteerGeoparser.create(Fixtures.gazetteer());
        for (boolean oracle : new boolean[] {false, true}) {
            GeoparseMetrics.Summary expected = new Evaluator(geo).run(DOCS, new Evaluator.Options(oracle, false, false),
                    new PrintStream(new ByteArrayOutputStream()));
            TrainingCorpus corpus = new TrainingCorpus(geo, DOCS, oracle);
            TrainingCorpus.Score s = corpus.score(ResolverWeights.DEFAULTS, new int[] {0, 1, 2});
            assertEquals(expected, s.summary(), "oracle spans: " + oracle);
            int far = (int) Math.round((1 - expected.acc161()) * expected.resolved());
            assertEquals(expected.fp() + expected.fn() + far, s.mistakes());
        }
    }

    @Test
    void otherWeightsOnlyChangeResolution() {
        GazetteerGeoparser geo = GazetteerGeoparser.create(Fixtures.gazetteer());
        TrainingCorpus corpus = new TrainingCorpus(geo, DOCS, false);
        ResolverWeights w = ResolverWeights.DEFAULTS.with("sovereign", -50.0).with("continent", -50.0);
        GeoparseMetrics.Summary expected = new Evaluator(geo.withWeights(w)).run(DOCS,
                new Evaluator.Options(false, false, false), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(expected, corpus.score(w, new int[] {0, 1, 2}).summary());
    }
}
