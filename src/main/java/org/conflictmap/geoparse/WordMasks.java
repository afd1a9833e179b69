package org.conflictmap.geoparse;

import java.util.List;

/**
 * Several {@link WordSet}s in one table: a word maps to the bit mask of the sets that hold it (bit
 * {@code k} for set {@code k}, at most 32 sets), so that asking "which of these lists hold this word?"
 * costs one lookup instead of one per list. Same matching as {@link WordSet} (case-insensitive, no
 * allocation). Immutable and thread-safe.
 */
public final class WordMasks {

    private final String[] words;
    private final int[] masks;
    private final int mask;

    private WordMasks(List<WordSet> sets) {
        int cap = capacity(sets);
        words = new String[cap];
        masks = new int[cap];
        mask = cap - 1;
        for (int k = 0; k < sets.size(); k++) {
            for (String w : sets.get(k).words()) {
                int h = WordSet.hash(w, 0, w.length()) & mask;
                while (words[h] != null && !words[h].equals(w)) {
                    h = (h + 1) & mask;
                }
                words[h] = w;
                masks[h] |= 1 << k;
            }
        }
    }

    /**
     * The open-addressing table size for the words of {@code sets}: a power of two at least twice their
     * number; at most 32 sets, one mask bit each.
     */
    static int capacity(List<WordSet> sets) {
        if (sets.size() > 32) {
            throw new IllegalArgumentException("at most 32 word sets, got " + sets.size());
        }
        int total = 0;
        for (WordSet s : sets) {
            total += s.size();
        }
        int cap = 16;
        while (cap < total * 2) {
            cap <<= 1;
        }
        return cap;
    }

    /** The combined table of {@code sets} (set {@code k} is bit {@code k}). */
    public static WordMasks of(List<WordSet> sets) {
        return new WordMasks(sets);
    }

    /** The mask of the sets holding {@code s[from, to)} ignoring case; 0 when none does. */
    public int get(CharSequence s, int from, int to) {
        int h = WordSet.hash(s, from, to) & mask;
        int len = to - from;
        for (String w = words[h]; w != null; w = words[h = (h + 1) & mask]) {
            if (w.length() == len && WordSet.sameLower(w, s, from)) {
                return masks[h];
            }
        }
        return 0;
    }
}
