package org.conflictmap.geoparse;

/**
 * A bounded memo from a text region (its exact chars) to its normalised key and the gazetteer's answers
 * about that key ({@link #KEY}, {@link #LONGER}, {@link #DEMONYM}), looked up without allocating: the
 * matcher asks the same questions about the same words in every document, and a hit costs one hash over
 * the chars instead of normalising them into a new String and probing the mapped gazetteer.
 * Direct-mapped: each region has one slot, and a new region evicts whatever held its slot, so frequent
 * words stay while the long tail of rare ones passes through. Answers never change, so eviction only
 * costs time. Not thread-safe: one per thread.
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

    private final String[] surfaces;
    private final String[] keys;
    private final int[] hashes;
    private final byte[] flags;
    private final int mask;
    private int size;

    /** A memo of {@code capacity} slots (rounded up to a power of two; at least 16). */
    TokenProbes(int capacity) {
        int cap = 16;
        while (cap < capacity) {
            cap <<= 1;
        }
        surfaces = new String[cap];
        keys = new String[cap];
        hashes = new int[cap];
        flags = new byte[cap];
        mask = cap - 1;
    }

    /** The slot holding {@code text[s, e)}, or -1. */
    int find(String text, int s, int e) {
        int h = hash(text, s, e);
        int i = h & mask;
        String w = surfaces[i];
        int len = e - s;
        return w != null && hashes[i] == h && w.length() == len && w.regionMatches(0, text, s, len) ? i : -1;
    }

    /** Remembers {@code text[s, e)} with its key and flags, evicting what held its slot; returns the slot. */
    int put(String text, int s, int e, String key, int probeFlags) {
        int h = hash(text, s, e);
        int i = h & mask;
        String w = surfaces[i];
        int len = e - s;
        if (w == null) {
            size++;
        }
        if (w == null || hashes[i] != h || w.length() != len || !w.regionMatches(0, text, s, len)) {
            surfaces[i] = text.substring(s, e);
        }
        keys[i] = key;
        hashes[i] = h;
        flags[i] = (byte) probeFlags;
        return i;
    }

    /** The normalised key remembered in a slot. */
    String key(int slot) {
        return keys[slot];
    }

    /** The flags remembered in a slot. */
    int flags(int slot) {
        return flags[slot];
    }

    /** Number of slots in use. */
    int size() {
        return size;
    }

    /** Number of slots. */
    int capacity() {
        return mask + 1;
    }

    private static int hash(String text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            h = 31 * h + text.charAt(k);
        }
        return h ^ (h >>> 16) ^ (h >>> 9);
    }
}
