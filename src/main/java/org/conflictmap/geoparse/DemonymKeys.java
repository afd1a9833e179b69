package org.conflictmap.geoparse;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.gazetteer.Gazetteer;

/**
 * Which keys are demonyms ({@link Gazetteer#isDemonymKey}), answered from the gazetteer's demonym set once a long
 * text (or many) has shown that words keep missing the matcher's memo: the set is small and in memory, while each
 * probe of a mapped gazetteer is a random read in a large file. With the set comes a Bloom filter over the keys'
 * hashes that rules out most lower-case words before any key is built. Thread-safe.
 */
final class DemonymKeys {

    /**
     * Questions after which the gazetteer's demonym keys are held in memory: few, so that the switch comes while
     * the matcher still runs in the interpreter or C1 (a few documents in), whose profile then holds both
     * sides of it. After 4096 questions it came once C2 had compiled the matcher with the filter absent: the
     * filter's first use took a branch the compiled code had never seen, which trapped and recompiled
     * {@code probe}, {@code lowerDemonym} and the lower-case reader. Reading the set costs ~0.3 s once.
     */
    private static final int SET_AFTER = 256;

    private final Gazetteer gazetteer;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile Set<String> set;
    /** A Bloom filter of the demonym keys, built with {@link #set}; null before. */
    private volatile long[] bloom;

    DemonymKeys(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** True when {@code key} (a normalised key) is a demonym key of the gazetteer. */
    boolean contains(String key) {
        Set<String> s = set;
        if (s == null) {
            if (asked.incrementAndGet() < SET_AFTER) {
                return gazetteer.isDemonymKey(key);
            }
            s = gazetteer.demonymKeys().orElse(null);
            if (s == null) {
                asked.set(Integer.MIN_VALUE);
                return gazetteer.isDemonymKey(key);
            }
            bloom = bloom(s);
            set = s;
        }
        return s.contains(key);
    }

    /**
     * False when no demonym key has the {@link String#hashCode} {@code keyHash}; true when one may, or before the
     * set is held in memory.
     */
    boolean mayHold(int keyHash) {
        long[] b = bloom;
        return b == null || mayHold(b, keyHash);
    }

    /**
     * A blocked Bloom filter of {@code keys} (by {@link String#hashCode}), for {@link #mayHold(long[], int)}: two
     * bits per key in one long, so that a test reads one long.
     */
    static long[] bloom(Set<String> keys) {
        int bits = 1 << 12;
        while (bits < keys.size() * 16L && bits < 1 << 30) {
            bits <<= 1;
        }
        long[] b = new long[bits >>> 6];
        for (String k : keys) {
            int x = mix(k.hashCode());
            b[(x >>> 12) & (b.length - 1)] |= 1L << x | 1L << (x >>> 6);
        }
        return b;
    }

    /** False when no key of the filter has the hash {@code h}. */
    static boolean mayHold(long[] bloom, int h) {
        int x = mix(h);
        long want = 1L << x | 1L << (x >>> 6);
        return (bloom[(x >>> 12) & (bloom.length - 1)] & want) == want;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ x >>> 15;
    }
}
