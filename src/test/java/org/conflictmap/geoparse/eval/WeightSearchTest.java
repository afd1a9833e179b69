package org.conflictmap.geoparse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.ResolverWeights;
import org.junit.jupiter.api.Test;

class WeightSearchTest {

    /** Populated places valued far above countries: every country name goes to the far-away village. */
    private static final ResolverWeights WRONG = ResolverWeights.DEFAULTS.with("ppl", 40.0);

    private static final TrainingCorpus CORPUS = new TrainingCorpus(
            GazetteerGeoparser.create(TrainingFixture.gazetteer()), TrainingFixture.documents(12), true);

    @Test
    void trainingFixesAClearlyWrongWeight() {
        int[] all = new Folds(12, 3, 1).all();
        TrainingCorpus.Score before = CORPUS.score(WRONG, all);
        assertEquals(30, before.mistakes(), "every span goes to the village");
        assertEquals(0.0, before.summary().acc161());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        WeightSearch.Result r = new WeightSearch(List.of("country", "ppl", "pop"), 4)
                .fit(WRONG, w -> CORPUS.score(w, all), new PrintStream(log, true, StandardCharsets.UTF_8), "test");
        assertEquals(0, r.score().mistakes());
        assertTrue(r.weights().ppl() < 12, "the populated-place prior fell below the country prior: " + r.weights());
        assertEquals(1.0, CORPUS.score(r.weights(), all).summary().acc161());
        assertTrue(log.toString(StandardCharsets.UTF_8).startsWith("test pass 1 "), log.toString(StandardCharsets.UTF_8));
        // only the named weights move
        assertEquals(WRONG.near(), r.weights().near());
        // deterministic
        WeightSearch.Result again = new WeightSearch(List.of("country", "ppl", "pop"), 4)
                .fit(WRONG, w -> CORPUS.score(w, all), new PrintStream(new ByteArrayOutputStream()), "test");
        assertEquals(r.weights(), again.weights());
    }

    @Test
    void aMinimumGainKeepsOnlyChangesRemovingThatManyMistakes() {
        int[] all = new Folds(12, 3, 1).all();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        WeightSearch.Result some = new WeightSearch(List.of("ppl"), 4, 30).fit(WRONG, w -> CORPUS.score(w, all), quiet, "");
        assertEquals(0, some.score().mistakes(), "setting ppl to 0 removes all 30 mistakes at once");
        WeightSearch.Result none = new WeightSearch(List.of("ppl"), 4, 31).fit(WRONG, w -> CORPUS.score(w, all), quiet, "");
        assertEquals(WRONG, none.weights(), "no change removes 31 mistakes");
    }

    @Test
    void crossValidationScoresHeldOutFoldsWithBothWeights() {
        CrossValidation.Result r = new CrossValidation(CORPUS, new WeightSearch(List.of("ppl"), 3))
                .run(WRONG, new Folds(12, 3, 5), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(3, r.folds().size());
        int docs = 0;
        for (CrossValidation.Fold f : r.folds()) {
            docs += f.docs();
            assertEquals(0, f.learned().mistakes());
            assertTrue(f.start().mistakes() > 0);
        }
        assertEquals(12, docs);
        assertEquals(30, r.pooledLearned().resolved());
        assertEquals(1.0, r.pooledLearned().acc161());
        assertEquals(0.0, r.pooledStart().acc161());
        assertTrue(r.finalFit().weights().ppl() < 12);
    }

    @Test
    void sharpnessIsFittedByLogLossAndChangesNoResolution() {
        int[] all = new Folds(12, 3, 1).all();
        ResolverWeights blunt = ResolverWeights.DEFAULTS.with("sharpness", 0.25);
        TrainingCorpus.Score before = CORPUS.score(blunt, all);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        WeightSearch.Result r = new WeightSearch(List.of("sharpness"), 4)
                .fit(blunt, w -> CORPUS.score(w, all), new PrintStream(log, true, StandardCharsets.UTF_8), "test");
        assertTrue(r.weights().sharpness() > 0.25, r.weights().toString());
        assertEquals(blunt.with("sharpness", r.weights().sharpness()), r.weights(), "no other weight moves");
        assertEquals(before.mistakes(), r.score().mistakes());
        assertTrue(r.score().summary().logLoss() < before.summary().logLoss(),
                before.summary().logLoss() + " -> " + r.score().summary().logLoss());
        assertTrue(log.toString(StandardCharsets.UTF_8).startsWith("test confidence: sharpness "),
                log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void roundingKeepsThreeSignificantDigits() {
        assertEquals(0.333, WeightSearch.round(1.0 / 3));
        assertEquals(1230.0, WeightSearch.round(1234.5));
        assertEquals(-2.83, WeightSearch.round(-2.8284271));
        assertEquals(0.0, WeightSearch.round(0.0));
    }
}
