package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * The mentions sharing one key and their candidate scores. Reused from document to document by one thread
 * ({@link ResolverScratch}, {@link #reset}): its arrays keep their size, only the first {@link #n} entries
 * belong to the current candidates.
 */
final class ResolverGroup {
    CandidateFacts f;
    List<Place> cands;
    /** The number of candidates: the used length of {@link #container} and {@link #score}. */
    int n;
    double[] container = new double[8];
    double[] score = new double[8];
    /** The key of the group and whether it groups demonyms (the table of {@link ResolverScratch} finds it by both). */
    String key;
    boolean demonym;
    int pick;
    /** The index of this group's pick among the round's points ({@link ResolverRound}), -1 for an area. */
    int point;
    List<Place> alternatives;
    double conf;
    List<ResolverGroup> siblings;
    /** The key of this name's long form in the document ("suffolk county" for "suffolk"), and its group. */
    String longForm;
    ResolverGroup longGroup;

    /** An unused group, to be {@link #reset} before use. */
    ResolverGroup() {
    }

    /** A group of {@code facts} (no key). */
    ResolverGroup(CandidateFacts facts) {
        reset(facts, null, false);
    }

    /** Makes this the fresh group of {@code facts}, scores at the priors, no container scores, no links. */
    void reset(CandidateFacts facts, String key, boolean demonym) {
        this.f = facts;
        this.cands = facts.cands;
        this.key = key;
        this.demonym = demonym;
        int size = cands.size();
        n = size;
        if (score.length < size) {
            int cap = Math.max(size, score.length * 2);
            container = new double[cap];
            score = new double[cap];
        } else {
            Arrays.fill(container, 0, size, 0.0);
        }
        System.arraycopy(facts.prior, 0, score, 0, size);
        pick = 0;
        point = 0;
        alternatives = null;
        conf = 0;
        siblings = null;
        longForm = null;
        longGroup = null;
    }

    void sibling(ResolverGroup o) {
        if (siblings == null) {
            siblings = new ArrayList<>(2);
        }
        if (!siblings.contains(o)) {
            siblings.add(o);
        }
    }

    /** True when a list sibling currently chose a place of this type ({@link Priors#typeOf}). */
    boolean siblingOfType(int type) {
        for (ResolverGroup o : siblings) {
            if (!o.cands.isEmpty() && o.f.type[o.pick] == type) {
                return true;
            }
        }
        return false;
    }

    Place chosen() {
        return cands.isEmpty() ? null : cands.get(pick);
    }

    /** The index of the best score, the first of equal ones (0 when there are no candidates). */
    int best() {
        double[] v = score;
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Candidate indexes by descending score, ties in candidate order (a stable insertion sort). */
    int[] order() {
        int[] idx = new int[n];
        order(idx, n);
        return idx;
    }

    /**
     * Writes into {@code idx} the first {@code max} (at most) indexes of {@link #order()} (the sort keeps no more)
     * and returns their number; {@code idx} must hold at least that many.
     */
    int order(int[] idx, int max) {
        int len = Math.min(max, n);
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int j = kept < len ? kept++ : len;
            if (j == len && (j == 0 || Double.compare(score[k], score[idx[j - 1]]) <= 0)) {
                continue; // ranks after all the kept ones
            }
            while (j > 0 && Double.compare(score[k], score[idx[j - 1]]) > 0) {
                if (j < len) {
                    idx[j] = idx[j - 1];
                }
                j--;
            }
            idx[j] = k;
        }
        return len;
    }

    /** The pick's share of the softmax of the scores times {@code sharpness}. */
    double confidence(double sharpness) {
        if (n == 0) {
            return 0;
        }
        double max = score[pick];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += Math.exp(sharpness * (score[k] - max));
        }
        return 1.0 / sum;
    }
}
