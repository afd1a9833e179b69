package org.conflictmap.geoparse;

/**
 * A bounded memo from a text region (its exact chars) to its normalised key and the gazetteer's answers
 * about that key ({@link #KEY}, {@link #LONGER}, {@link #DEMONYM}), looked up without allocating: the
 * matcher asks the same questions about the same words in every document, and a hit costs one hash over
 * the chars instead of normalising them into a new String and probing the mapped gazetteer. When half
 * full it forgets everything and starts again (answers never change, so this only costs time).
 * Not thread-safe: one per thread.
 */
final class TokenProbes {

    /** The key is a gazetteer key. */
    static final int KEY = 1;
    /** Some longer gazetteer key starts with the key and a space. */
    static final int LONGER = 2;
    /** The key is a demonym key. */
    static final int DEMONYM = 4;

    private final String[] surfaces;
    private final String[] keys;
    private final int[] hashes;
    private final byte[] flags;
    private final int mask;
    private final int limit;
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
        limit = cap / 2;
    }

    /** The slot holding {@code text[s, e)}, or -1. */
    int find(String text, int s, int e) {
        int h = hash(text, s, e);
        int len = e - s;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String w = surfaces[i];
            if (w == null) {
                return -1;
            }
            if (hashes[i] == h && w.length() == len && w.regionMatches(0, text, s, len)) {
                return i;
            }
        }
    }

    /** Remembers {@code text[s, e)} (not yet present) with its key and flags; returns its slot. */
    int put(String text, int s, int e, String key, int probeFlags) {
        if (size >= limit) {
            java.util.Arrays.fill(surfaces, null);
            java.util.Arrays.fill(keys, null);
            size = 0;
        }
        int h = hash(text, s, e);
        int i = h & mask;
        while (surfaces[i] != null) {
            i = (i + 1) & mask;
        }
        surfaces[i] = text.substring(s, e);
        keys[i] = key;
        hashes[i] = h;
        flags[i] = (byte) probeFlags;
        size++;
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

    /** Number of regions remembered. */
    int size() {
        return size;
    }

    private static int hash(String text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            h = 31 * h + text.charAt(k);
        }
        return h ^ (h >>> 15) ^ (h >>> 7);
    }
}
