package org.conflictmap.gazetteer;

/**
 * A one-bit-per-bucket filter over the key hashes of a {@link KeyTable}: held in the heap and a few bits per
 * key, it answers "no entry has this hash" with one read where the table itself needs a random read in the
 * mapping. No false negatives; false positives (then ask the table) for about one absent hash in ten.
 * Immutable.
 */
final class KeyHashFilter {

    private final long[] bits;
    private final int mask;

    private KeyHashFilter(long[] bits) {
        this.bits = bits;
        this.mask = (bits.length << 6) - 1;
    }

    /** A filter of every entry hash of {@code table}. */
    static KeyHashFilter of(KeyTable table) {
        return of(table.entryCount(), table::forEachHash);
    }

    /** A filter of the {@code count} hashes {@code hashes} gives its consumer. */
    static KeyHashFilter of(int count, java.util.function.Consumer<java.util.function.IntConsumer> hashes) {
        long want = Math.max(1L << 12, (long) count * 8);
        int size = 1 << 12;
        while (size < want && size < 1 << 30) {
            size <<= 1;
        }
        long[] bits = new long[size >>> 6];
        int m = size - 1;
        hashes.accept(h -> bits[(h & m) >>> 6] |= 1L << h);
        return new KeyHashFilter(bits);
    }

    /** False when no entry has the table hash {@code h} ({@link GazetteerFormat#hash}). */
    boolean mayHold(int h) {
        return (bits[(h & mask) >>> 6] & 1L << h) != 0;
    }

    /** Size in bytes. */
    long bytes() {
        return 8L * bits.length;
    }
}
