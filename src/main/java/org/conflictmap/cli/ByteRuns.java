package org.conflictmap.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of the UTF-8 bytes of a JSONL line that read eight bytes at a time (one {@code long}, bit tricks for
 * "some byte is x"), for the input thread of {@code geoparse}: the end of a line, the end of a run of plain
 * string bytes, and the decoding of a string whose chars are all Latin-1. Each answers exactly what the
 * byte-by-byte loop it replaces answers. Stateless.
 */
final class ByteRuns {

    /** Eight bytes of a {@code byte[]} as one little-endian {@code long}: byte {@code i} in bits 8i to 8i+7. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private ByteRuns() {
    }

    /**
     * The high bit of each byte of {@code v} that is 0, and perhaps of bytes above the lowest such one (a
     * borrow): the lowest set bit marks the first zero byte exactly.
     */
    private static long zeros(long v) {
        return (v - ONES) & ~v & HIGH_BITS;
    }

    /** The index of the byte that the lowest set high bit of {@code hits} marks in the long read at {@code i}. */
    private static int at(int i, long hits) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
    }

    /** The index of the first line feed in {@code b[from, to)}, or {@code to}. */
    static int lineEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long hits = zeros((long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL);
            if (hits != 0) {
                return at(i, hits);
            }
        }
        while (i < to && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The end of the run of bytes from {@code from} on (before {@code to}) that a JSON string holds as they are:
     * the first quote, backslash or control byte (0 to 0x1F), or {@code to}.
     */
    static int plainEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(b, i);
            // a byte below 0x20 (bytes from 0x80 on never count: ~v clears their high bit)
            long control = (v - 0x2020202020202020L) & ~v & HIGH_BITS;
            long hits = zeros(v ^ 0x2222222222222222L) | zeros(v ^ 0x5C5C5C5C5C5C5C5CL) | control;
            if (hits != 0) {
                return at(i, hits);
            }
        }
        while (i < to) {
            byte c = b[i];
            if (c == '"' || c == '\\' || c >= 0 && c < 0x20) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * Decodes the UTF-8 bytes {@code a[from, from + len)} when every char they hold is Latin-1 (ASCII bytes
     * and two-byte sequences of U+0080 to U+00FF): writes the chars as bytes to {@code out} from index 0 and
     * returns their number; returns -1 (leaving {@code out} in any state) on any other byte, valid or not.
     * {@code out} must hold {@code len} bytes.
     */
    static int latin1(byte[] a, int from, int len, byte[] out) {
        int i = from;
        int end = from + len;
        int o = 0;
        while (true) {
            long ascii;
            while (i + 8 <= end && ((ascii = (long) LONGS.get(a, i)) & HIGH_BITS) == 0) {
                LONGS.set(out, o, ascii);
                i += 8;
                o += 8;
            }
            if (i >= end) {
                return o;
            }
            int c = a[i];
            if (c >= 0) {
                out[o++] = (byte) c;
                i++;
            } else if ((c & 0xFE) == 0xC2 && i + 1 < end && (a[i + 1] & 0xC0) == 0x80) {
                out[o++] = (byte) ((c & 0x03) << 6 | a[i + 1] & 0x3F);
                i += 2;
            } else {
                return -1;
            }
        }
    }
}
