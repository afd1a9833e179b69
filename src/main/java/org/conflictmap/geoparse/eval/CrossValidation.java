package org.conflictmap.geoparse.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.geoparse.ResolverWeights;

/**
 * k-fold cross-validation of {@link WeightSearch}: for each fold, weights are learned on the other folds and
 * scored on it, next to the starting weights on the same fold; then weights are learned on every document.
 */
public final class CrossValidation {

    /**
     * One fold.
     *
     * @param docs     held-out documents
     * @param learned  held-out score of the weights learned on the other folds
     * @param start    held-out score of the starting weights
     * @param training the search on the other folds
     */
    public record Fold(int docs, TrainingCorpus.Score learned, TrainingCorpus.Score start, WeightSearch.Result training) {
    }

    /**
     * The outcome.
     *
     * @param folds         per fold
     * @param pooledLearned every held-out document scored with its fold's learned weights, pooled
     * @param pooledStart   every document scored with the starting weights
     * @param finalFit      the search on every document (its weights are the result)
     */
    public record Result(List<Fold> folds, GeoparseMetrics.Summary pooledLearned, GeoparseMetrics.Summary pooledStart,
                         WeightSearch.Result finalFit) {
    }

    private final TrainingCorpus corpus;
    private final WeightSearch search;

    /** Cross-validates {@code search} on {@code corpus}. */
    public CrossValidation(TrainingCorpus corpus, WeightSearch search) {
        this.corpus = corpus;
        this.search = search;
    }

    /** Runs every fold and the final fit from {@code start}; progress goes to {@code progress}. */
    public Result run(ResolverWeights start, Folds folds, PrintStream progress) {
        List<Fold> out = new ArrayList<>();
        GeoparseMetrics pooledLearned = new GeoparseMetrics();
        GeoparseMetrics pooledStart = new GeoparseMetrics();
        int k = folds.count();
        for (int f = 0; f < k; f++) {
            int[] train = folds.training(f);
            int[] test = folds.heldOut(f);
            WeightSearch.Result fit = search.fit(start, w -> corpus.score(w, train), progress,
                    "fold " + (f + 1) + "/" + k);
            TrainingCorpus.Score learned = corpus.score(fit.weights(), test, pooledLearned);
            TrainingCorpus.Score base = corpus.score(start, test, pooledStart);
            progress.printf("fold %d/%d held out (%d documents): %d mistakes learned, %d with the starting weights%n",
                    f + 1, k, test.length, learned.mistakes(), base.mistakes());
            out.add(new Fold(test.length, learned, base, fit));
        }
        int[] all = folds.all();
        WeightSearch.Result fit = search.fit(start, w -> corpus.score(w, all), progress, "all documents");
        return new Result(List.copyOf(out), pooledLearned.summary(), pooledStart.summary(), fit);
    }
}
