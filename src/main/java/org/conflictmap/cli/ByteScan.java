package org.conflictmap.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes in a byte array eight at a time (one {@code long} read and a few word operations per eight
 * bytes instead of a compare per byte): the line break that ends a JSONL line, and the run of ASCII bytes
 * that a JSON string holds as they are (copied as it is found). Stateless.
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
     * Copies the run of ASCII bytes that a JSON string holds as they are (no quote, backslash or control byte)
     * from {@code a[from]} on to {@code out[o]} on, eight at a time, and returns its length: it stops before the
     * first other byte, or where fewer than eight bytes are left before {@code to} (the caller takes those one by
     * one). It may write up to eight bytes past the run: {@code out} must have room for {@code to - from + 8}
     * bytes from {@code o}.
     */
    static int asciiRun(byte[] a, int from, int to, byte[] out, int o) {
        int k = 0;
        for (; from + k + 8 <= to; k += 8) {
            long x = (long) LONGS.get(a, from + k);
            LONGS.set(out, o + k, x);
            long m = (x & HIGHS) | zeros(x ^ QUOTES) | zeros(x ^ BACKSLASHES) | ((x - SPACES) & ~x & HIGHS);
            if (m != 0) {
                return k + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        return k;
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
