package org.conflictmap.gazetteer;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * An in-heap filter over the entry hashes of two {@link KeyTable}s, the keys and the key prefixes: for each
 * hash bucket a key bit and a prefix bit side by side in one long, so that "may this be a key, or the start
 * of a longer one?" costs one memory read (the matcher asks both for most capitalised words) instead of one
 * per table, and neither reads the mapping. A few bits per entry of the larger table; no false negatives,
 * false positives (then ask the table) for about one absent hash in ten. Immutable.
 */
final class KeyPairFilter {

    /** Bit of {@link #mayHold}: some key may have the hash. */
    static final int KEY = Gazetteer.MAY_BE_KEY;
    /** Bit of {@link #mayHold}: some key prefix may have the hash. */
    static final int PREFIX = Gazetteer.MAY_HAVE_LONGER;

    private final long[] bits;
    private final int mask;

    private KeyPairFilter(long[] bits) {
        this.bits = bits;
        this.mask = (bits.length << 5) - 1;
    }

    /** A filter of every entry hash of {@code keys} and {@code prefixes}. */
    static KeyPairFilter of(KeyTable keys, KeyTable prefixes) {
        return of(Math.max(keys.entryCount(), prefixes.entryCount()), keys::forEachHash, prefixes::forEachHash);
    }

    /**
     * A filter of the key hashes {@code keys} and the prefix hashes {@code prefixes} give their consumers, sized
     * for {@code count} entries per table.
     */
    static KeyPairFilter of(int count, Consumer<IntConsumer> keys, Consumer<IntConsumer> prefixes) {
        long want = Math.max(1L << 12, (long) count * 8);
        int size = 1 << 12;
        while (size < want && size < 1 << 30) {
            size <<= 1;
        }
        long[] bits = new long[size >>> 5];
        int m = size - 1;
        keys.accept(h -> bits[(h & m) >>> 5] |= (long) KEY << ((h & 31) << 1));
        prefixes.accept(h -> bits[(h & m) >>> 5] |= (long) PREFIX << ((h & 31) << 1));
        return new KeyPairFilter(bits);
    }

    /**
     * {@link #KEY} unless no key has the table hash {@code h} ({@link GazetteerFormat#hash}), plus {@link #PREFIX}
     * unless no prefix has it.
     */
    int mayHold(int h) {
        return (int) (bits[(h & mask) >>> 5] >>> ((h & 31) << 1)) & (KEY | PREFIX);
    }

    /** Size in bytes. */
    long bytes() {
        return 8L * bits.length;
    }
}
