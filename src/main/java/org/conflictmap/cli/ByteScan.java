package org.conflictmap.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes in a byte array eight at a time (one {@code long} read and a few word operations per eight
 * bytes instead of a compare per byte): the line break that ends a JSONL line, the end of the run of
 * bytes that a JSON string holds as they are, and the ASCII runs of a string decoded as Latin-1. Stateless.
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    private ByteScan() {
    }

    /** The index of the first {@code '\n'} in {@code b[from, to)}, or {@code to} when there is none. */
    static int lineEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long m = zeros((long) LONGS.get(b, i) ^ NEWLINES);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        while (i < to && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The index of the first byte in {@code b[from, to)} that a JSON string does not hold as it is: a quote,
     * a backslash or a control byte (0x00 to 0x1F); {@code to} when there is none.
     */
    static int plainEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i);
            long m = zeros(x ^ QUOTES) | zeros(x ^ BACKSLASHES) | ((x - SPACES) & ~x & HIGHS);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
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
            while (i + 8 <= end && ((ascii = (long) LONGS.get(a, i)) & HIGHS) == 0) {
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

    /**
     * The high bit of each zero byte of {@code x}. A borrow can also mark a byte above a zero byte, never
     * one below the first, so the lowest mark is exact: all that the scans above use. The same holds for
     * the control-byte mark {@code (x - 0x20..) & ~x & 0x80..} (bytes 0x00-0x1F; bytes of 0x80 and up have
     * their high bit set, so {@code ~x} clears their mark).
     */
    private static long zeros(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
