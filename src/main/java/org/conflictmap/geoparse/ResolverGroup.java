package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Place;

/** The mentions sharing one key and their candidate scores. */
final class ResolverGroup {
    final CandidateFacts f;
    final List<Place> cands;
    final double[] container;
    final double[] score;
    int pick;
    /** The index of this group's pick among the round's points ({@link ResolverRound}), -1 for an area. */
    int point;
    List<Place> alternatives;
    double conf;
    List<ResolverGroup> siblings;
    /** The key of this name's long form in the document ("suffolk county" for "suffolk"), and its group. */
    String longForm;
    ResolverGroup longGroup;

    ResolverGroup(CandidateFacts facts) {
        this.f = facts;
        this.cands = facts.cands;
        container = new double[cands.size()];
        score = facts.prior.clone();
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

    /** Candidate indexes by descending score, ties in candidate order (a stable insertion sort). */
    int[] order() {
        return order(cands.size());
    }

    /** The first {@code max} (at most) indexes of {@link #order()}: the sort keeps no more. */
    int[] order(int max) {
        int[] idx = new int[Math.min(max, cands.size())];
        int n = 0;
        for (int k = 0; k < cands.size(); k++) {
            int j = n < idx.length ? n++ : idx.length;
            if (j == idx.length && (j == 0 || Double.compare(score[k], score[idx[j - 1]]) <= 0)) {
                continue; // ranks after all the kept ones
            }
            while (j > 0 && Double.compare(score[k], score[idx[j - 1]]) > 0) {
                if (j < idx.length) {
                    idx[j] = idx[j - 1];
                }
                j--;
            }
            idx[j] = k;
        }
        return idx;
    }

    /** The pick's share of the softmax of the scores times {@code sharpness}. */
    double confidence(double sharpness) {
        if (cands.isEmpty()) {
            return 0;
        }
        double max = score[pick];
        double sum = 0;
        for (double s : score) {
            sum += Math.exp(sharpness * (s - max));
        }
        return 1.0 / sum;
    }
}
