package org.conflictmap.geoparse;

import java.util.List;

/**
 * The short words of several {@link WordSet}s, each packed into one {@code long} (9 bits per lower-cased
 * char, {@link WordSet}'s case folding), mapped to the bit mask of the sets holding it. A scanner builds the
 * packed key of a word with {@link #append} while it looks for the word's end (or with {@link #pack(char[],
 * int, int)} once it knows the word), and the answer then costs one probe in one primitive array (key and mask
 * in one {@code long}): no string and no second pass over the chars. A word with more than
 * {@value #MAX_LENGTH} chars or a folded char outside 1-511 has no packed key ({@link #NONE}): ask
 * {@link WordMasks} for it. At most {@value #MAX_SETS} sets. Immutable and thread-safe.
 */
final class ShortWordMasks {

    /** Longest word with a packed key, in chars. */
    static final int MAX_LENGTH = 6;
    /** The packed key of a word that has none. */
    static final long NONE = -1;
    /** The packed key of the empty word. */
    static final long EMPTY = 0;

    /** Most sets: their mask takes the bits above the longest key. */
    static final int MAX_SETS = 64 - MAX_LENGTH * 9;

    private static final int BITS = 9;
    private static final long KEY_BITS = (1L << MAX_LENGTH * BITS) - 1;

    /** Per slot: the packed key (low bits, 0 when empty) and the mask of its sets above it. */
    private final long[] slots;
    private final int mask;

    private ShortWordMasks(List<WordSet> sets) {
        if (sets.size() > MAX_SETS) {
            throw new IllegalArgumentException("at most " + MAX_SETS + " word sets, got " + sets.size());
        }
        java.util.Map<Long, Integer> masks = new java.util.HashMap<>();
        for (int k = 0; k < sets.size(); k++) {
            for (String w : sets.get(k).words()) {
                long key = packStored(w);
                if (key > EMPTY) {
                    masks.merge(key, 1 << k, (a, b) -> a | b);
                }
            }
        }
        // at most half full: a probe seldom reads a second slot
        int cap = 16;
        while (cap < masks.size() * 2) {
            cap <<= 1;
        }
        slots = new long[cap];
        mask = cap - 1;
        for (java.util.Map.Entry<Long, Integer> en : masks.entrySet()) {
            long key = en.getKey();
            int h = slot(key);
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = key | (long) en.getValue() << (MAX_LENGTH * BITS);
        }
    }

    /** The combined table of the short words of {@code sets} (set {@code k} is bit {@code k}). */
    static ShortWordMasks of(List<WordSet> sets) {
        return new ShortWordMasks(sets);
    }

    /**
     * The packed key of a word grown by {@code c}: {@link #NONE} when {@code key} is, or when {@code c}
     * folds to a char outside 1-511. Start with {@link #EMPTY}; a key is valid for at most
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

    /** The packed key of {@code text[s, e)}, at most {@value #MAX_LENGTH} chars ({@link #pack(CharSequence)}). */
    static long pack(char[] text, int s, int e) {
        long key = EMPTY;
        // negative once a folded char is 0 or too big
        int bad = 0;
        for (int k = s; k < e; k++) {
            char lc = WordSet.lowerChar(text[k]);
            key = key << BITS | lc;
            bad |= (lc - 1) | ((1 << BITS) - 1 - lc);
        }
        return bad < 0 ? NONE : key;
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
            long v = slots[h];
            if ((v & KEY_BITS) == key) {
                return (int) (v >>> (MAX_LENGTH * BITS));
            }
            if (v == 0) {
                return 0;
            }
        }
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 40) & mask;
    }
}
