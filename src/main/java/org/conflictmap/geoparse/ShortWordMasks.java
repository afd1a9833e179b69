package org.conflictmap.geoparse;

import java.util.List;

/**
 * The short words of several {@link WordSet}s, each packed into one {@code long} (9 bits per lower-cased
 * char, {@link WordSet}'s case folding), mapped to the bit mask of the sets holding it. A scanner builds the
 * packed key of a word with {@link #append} while it looks for the word's end (or with {@link #pack(char[],
 * int, int)} once it knows the word), and the answer then costs two reads in one primitive array (key and mask
 * in one {@code long}; a word sits at one of its two places) and no branch: no string and no second pass
 * over the chars. A word with more than
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
    /** 64 minus the log2 of the number of slots: a hash's top bits pick a slot. */
    private final int shift;

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
        // at most half full: two places per word leave room for every word (cuckoo hashing)
        int cap = 16;
        while (cap < masks.size() * 2) {
            cap <<= 1;
        }
        long[] table;
        while ((table = place(masks, cap)) == null) {
            cap <<= 1;
        }
        slots = table;
        shift = 64 - Integer.numberOfTrailingZeros(cap);
    }

    /**
     * The slots of a table of {@code cap} slots holding each word at one of its two places, or null when the
     * words do not fit.
     */
    private static long[] place(java.util.Map<Long, Integer> masks, int cap) {
        long[] table = new long[cap];
        int shift = 64 - Integer.numberOfTrailingZeros(cap);
        for (java.util.Map.Entry<Long, Integer> en : masks.entrySet()) {
            long v = en.getKey() | (long) en.getValue() << (MAX_LENGTH * BITS);
            int h = first(v & KEY_BITS, shift);
            // move the word in the way to its other place, and so on, a bounded number of times
            for (int moves = 0; v != 0; moves++) {
                if (moves > 64) {
                    return null;
                }
                long old = table[h];
                table[h] = v;
                v = old;
                if (v != 0) {
                    long key = v & KEY_BITS;
                    h = h == first(key, shift) ? second(key, shift) : first(key, shift);
                }
            }
        }
        return table;
    }

    private static int first(long key, int shift) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> shift);
    }

    private static int second(long key, int shift) {
        return (int) (key * 0xC2B2AE3D27D4EB4FL >>> shift);
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
        // both places, without a branch on which holds the word (a branch per word would be mispredicted often)
        long v1 = slots[first(key, shift)];
        long v2 = slots[second(key, shift)];
        // all ones where the slot holds the key (the key bits differ by 0), else 0
        long in1 = ((v1 & KEY_BITS) ^ key) - 1 >> 63;
        long in2 = ((v2 & KEY_BITS) ^ key) - 1 >> 63;
        return (int) ((v1 & in1 | v2 & in2) >>> (MAX_LENGTH * BITS));
    }
}
