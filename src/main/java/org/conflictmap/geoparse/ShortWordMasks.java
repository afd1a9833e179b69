package org.conflictmap.geoparse;

import java.util.List;

/**
 * The short words of several {@link WordSet}s, each packed into one {@code long} (10 bits per lower-cased
 * char, {@link WordSet}'s case folding), mapped to the bit mask of the sets holding it. A scanner builds the
 * packed key of a word with {@link #append} while it looks for the word's end, and the answer then costs one
 * probe in two primitive arrays: no string and no second pass over the chars. A word with more than
 * {@value #MAX_LENGTH} chars or a folded char outside 1-1023 has no packed key ({@link #NONE}): ask
 * {@link WordMasks} for it. Immutable and thread-safe.
 */
final class ShortWordMasks {

    /** Longest word with a packed key, in chars. */
    static final int MAX_LENGTH = 6;
    /** The packed key of a word that has none. */
    static final long NONE = -1;
    /** The packed key of the empty word. */
    static final long EMPTY = 0;

    private static final int BITS = 10;

    private final long[] keys;
    private final int[] masks;
    private final int mask;

    private ShortWordMasks(List<WordSet> sets) {
        int cap = WordMasks.capacity(sets);
        keys = new long[cap];
        masks = new int[cap];
        mask = cap - 1;
        for (int k = 0; k < sets.size(); k++) {
            for (String w : sets.get(k).words()) {
                long key = packStored(w);
                if (key <= EMPTY) {
                    continue;
                }
                int h = slot(key);
                while (keys[h] != 0 && keys[h] != key) {
                    h = (h + 1) & mask;
                }
                keys[h] = key;
                masks[h] |= 1 << k;
            }
        }
    }

    /** The combined table of the short words of {@code sets} (set {@code k} is bit {@code k}). */
    static ShortWordMasks of(List<WordSet> sets) {
        return new ShortWordMasks(sets);
    }

    /**
     * The packed key of a word grown by {@code c}: {@link #NONE} when {@code key} is, or when {@code c}
     * folds to a char outside 1-1023. Start with {@link #EMPTY}; a key is valid for at most
     * {@value #MAX_LENGTH} chars.
     */
    static long append(long key, char c) {
        char lc = WordSet.lowerChar(c);
        if (key < 0 || lc == 0 || lc >= 1 << BITS) {
            return NONE;
        }
        return key << BITS | lc;
    }

    /** The packed key of {@code word} as a text holds it (folded here; {@link #NONE} when it has none). */
    static long pack(CharSequence word) {
        if (word.length() > MAX_LENGTH) {
            return NONE;
        }
        long key = EMPTY;
        for (int k = 0; k < word.length(); k++) {
            key = append(key, word.charAt(k));
        }
        return key;
    }

    /** The packed key of a word as a {@link WordSet} stores it (already folded: its chars as they are). */
    private static long packStored(String word) {
        if (word.isEmpty() || word.length() > MAX_LENGTH) {
            return NONE;
        }
        long key = EMPTY;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == 0 || c >= 1 << BITS) {
                return NONE;
            }
            key = key << BITS | c;
        }
        return key;
    }

    /** The mask of the sets holding the word with packed key {@code key}; 0 when none does. */
    int get(long key) {
        if (key <= EMPTY) {
            return 0;
        }
        for (int h = slot(key); ; h = (h + 1) & mask) {
            long k = keys[h];
            if (k == key) {
                return masks[h];
            }
            if (k == 0) {
                return 0;
            }
        }
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 40) & mask;
    }
}
