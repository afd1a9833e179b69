package org.conflictmap.geoparse;

/**
 * A bounded memo from a text region (its exact chars) to its normalised key and the gazetteer's answers
 * about that key ({@link #KEY}, {@link #LONGER}, {@link #DEMONYM}), looked up without allocating: the
 * matcher asks the same questions about the same words in every document, and a hit costs one hash over
 * the chars instead of normalising them into a new String and probing the mapped gazetteer.
 * Direct-mapped: each region has one slot, and a new region evicts whatever held its slot, so frequent
 * words stay while the long tail of rare ones passes through. A slot keeps its chars inline (regions of
 * up to {@value #WIDTH} chars; longer ones are answered but not remembered) and its hash, length and
 * flags in one long, so that a lookup touches two nearby places in memory. Answers never change, so
 * eviction only costs time. Not thread-safe: one per thread.
 */
final class TokenProbes {

    /** The key is a gazetteer key (valid with {@link #FULL}). */
    static final int KEY = 1;
    /** Some longer gazetteer key starts with the key and a space (valid with {@link #FULL}). */
    static final int LONGER = 2;
    /** The key is a demonym key (always valid). */
    static final int DEMONYM = 4;
    /** Every answer was asked; without it only {@link #DEMONYM} is known. */
    static final int FULL = 8;

    /** Longest region remembered, in chars. */
    static final int WIDTH = 20;
    private static final long PRESENT = 1L << 16;

    /**
     * Per slot: hash (high 32 bits), PRESENT, length (bits 8-15), flags (bits 0-7). One more for long regions,
     * and one never written ({@link #none}).
     */
    private final long[] meta;
    private final char[] chars;
    private final String[] keys;
    private final int mask;
    private int size;

    /** A memo of {@code capacity} slots (rounded up to a power of two; at least 16). */
    TokenProbes(int capacity) {
        int cap = 16;
        while (cap < capacity) {
            cap <<= 1;
        }
        meta = new long[cap + 2];
        chars = new char[cap * WIDTH];
        keys = new String[cap + 2];
        mask = cap - 1;
    }

    /** The slot holding {@code text[s, e)}, or -1. */
    int find(char[] text, int s, int e) {
        return find(text, s, e, hash(text, s, e));
    }

    /**
     * The slot holding {@code text[s, e)}, or -1, given the region's {@link #hash}: the same chars must
     * always come with the same hash, and {@link #mix} of any 32-bit hash of them will do.
     */
    int find(char[] text, int s, int e, int h) {
        int len = e - s;
        if (len > WIDTH) {
            return -1;
        }
        int i = h & mask;
        long m = meta[i];
        if ((int) (m >>> 32) != h || (m & PRESENT) == 0 || (int) (m >>> 8 & 0xFF) != len) {
            return -1;
        }
        int base = i * WIDTH;
        for (int k = 0; k < len; k++) {
            if (chars[base + k] != text[s + k]) {
                return -1;
            }
        }
        return i;
    }

    /**
     * Remembers {@code text[s, e)} with its key and flags (0-255), evicting what held its slot; returns the
     * slot, which answers {@link #key} and {@link #flags} until the next {@code put}.
     */
    int put(char[] text, int s, int e, String key, int probeFlags) {
        return put(text, s, e, hash(text, s, e), key, probeFlags);
    }

    /** {@link #put(char[], int, int, String, int)} with the hash {@link #find(char[], int, int, int)} was given. */
    int put(char[] text, int s, int e, int h, String key, int probeFlags) {
        int len = e - s;
        int i = len > WIDTH ? mask + 1 : h & mask;
        if (i <= mask) {
            if ((meta[i] & PRESENT) == 0) {
                size++;
            }
            System.arraycopy(text, s, chars, i * WIDTH, len);
        }
        meta[i] = (long) h << 32 | PRESENT | (long) len << 8 | (probeFlags & 0xFF);
        keys[i] = key;
        return i;
    }

    /** A slot that is never written: no flags, no key (for a region the caller knows to be no key). */
    int none() {
        return mask + 2;
    }

    /** The normalised key remembered in a slot (null where the caller put none). */
    String key(int slot) {
        return keys[slot];
    }

    /** The flags remembered in a slot. */
    int flags(int slot) {
        return (int) (meta[slot] & 0xFF);
    }

    /** Number of slots in use. */
    int size() {
        return size;
    }

    /** Number of slots. */
    int capacity() {
        return mask + 1;
    }

    /** A hash of the exact chars of {@code text[s, e)}. */
    static int hash(char[] text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            h = 31 * h + text[k];
        }
        return mix(h);
    }

    /** Spreads a polynomial hash of a region's chars over the slot bits. */
    static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 9);
    }
}
