package org.conflictmap.export.sqlite;

/**
 * SQLite's variable-length integer: 1 to 9 bytes, big-endian, seven bits per byte with the high bit set on
 * every byte but the last; a ninth byte, when needed, carries eight bits. Negative values take nine bytes.
 */
final class Varint {

    private Varint() {
    }

    /** Bytes needed to store {@code v}. */
    static int length(long v) {
        if (v < 0) {
            return 9;
        }
        int n = 1;
        while (n < 9 && (v >>> (7 * n)) != 0) {
            n++;
        }
        return n; // n bytes hold 7n bits up to n = 8 (56 bits); the ninth byte holds the last 8
    }

    /** Writes {@code v} at {@code pos}; returns the position after it. */
    static int write(byte[] buf, int pos, long v) {
        int n = length(v);
        if (n == 9) {
            buf[pos + 8] = (byte) v;
            long rest = v >>> 8;
            for (int i = 7; i >= 0; i--) {
                buf[pos + i] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            return pos + 9;
        }
        long rest = v;
        for (int i = n - 1; i >= 0; i--) {
            buf[pos + i] = (byte) ((rest & 0x7F) | (i == n - 1 ? 0 : 0x80));
            rest >>>= 7;
        }
        return pos + n;
    }
}
