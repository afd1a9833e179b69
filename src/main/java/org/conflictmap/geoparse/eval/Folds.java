package org.conflictmap.geoparse.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic split of {@code n} documents into {@code k} folds: the indices are shuffled with
 * {@link Random} of the seed (its sequence is fixed by the Java specification, so the split is the same on every
 * machine) and dealt round-robin, so fold sizes differ by at most one.
 */
public final class Folds {

    private final int[] foldOf;
    private final int k;

    /** Splits {@code n} documents into {@code k} folds (2 &le; k &le; n). */
    public Folds(int n, int k, long seed) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("need 2 <= folds <= documents, got " + k + " folds for " + n
                    + " documents");
        }
        this.k = k;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        foldOf = new int[n];
        for (int i = 0; i < n; i++) {
            foldOf[order[i]] = i % k;
        }
    }

    /** Number of folds. */
    public int count() {
        return k;
    }

    /** The fold of document {@code doc}. */
    public int foldOf(int doc) {
        return foldOf[doc];
    }

    /** The documents of fold {@code f}, ascending. */
    public int[] heldOut(int f) {
        return select(f, true);
    }

    /** The documents of every other fold, ascending. */
    public int[] training(int f) {
        return select(f, false);
    }

    /** Every document, ascending. */
    public int[] all() {
        int[] a = new int[foldOf.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return a;
    }

    private int[] select(int f, boolean in) {
        if (f < 0 || f >= k) {
            throw new IllegalArgumentException("no fold " + f);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            if ((foldOf[i] == f) == in) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
