package org.conflictmap.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes in a byte array several at a time (one {@code long} or {@code int} read and a few word
 * operations instead of a compare per byte): the line break that ends a JSONL line, the run of ASCII bytes
 * that a JSON string holds as they are (copied as it is found), and the run of two-byte UTF-8 sequences of a
 * Cyrillic, Arabic, Greek or Hebrew word (decoded as it is found). Stateless.
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bits that tell a two-byte sequence (110xxxxx 10xxxxxx) in each half of an int read, and their values. */
    private static final int PAIR_MASK = 0xC0E0C0E0;
    private static final int PAIR_BITS = 0x80C080C0;
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
            long m = notPlain(x);
            if (m != 0) {
                return k + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        return k;
    }

    /**
     * {@link #asciiRun} into chars: copies the run of plain ASCII bytes from {@code a[from]} on to {@code out[o]}
     * on as chars, eight at a time, and returns its length; it may write up to eight chars past the run:
     * {@code out} must have room for {@code to - from + 8} chars from {@code o}.
     */
    static int asciiChars(byte[] a, int from, int to, char[] out, int o) {
        int k = 0;
        for (; from + k + 8 <= to; k += 8) {
            long x = (long) LONGS.get(a, from + k);
            for (int j = 0; j < 8; j++) {
                out[o + k + j] = (char) (x >>> (j << 3) & 0xFF);
            }
            long m = notPlain(x);
            if (m != 0) {
                return k + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        return k;
    }

    /** The high bit of each byte of {@code x} that is not plain ASCII in a JSON string (exact for the lowest). */
    private static long notPlain(long x) {
        return (x & HIGHS) | zeros(x ^ QUOTES) | zeros(x ^ BACKSLASHES) | ((x - SPACES) & ~x & HIGHS);
    }

    /**
     * Decodes the run of two-byte UTF-8 sequences (U+0080 to U+07FF, shortest form: lead byte C2 to DF, then a
     * continuation byte) from {@code a[from]} on into {@code out[o]} on, two sequences (four bytes) at a time,
     * and returns the number of chars written (half the bytes read): it stops before the first pair of
     * sequences that is not two such sequences, or where fewer than four bytes are left before {@code to}
     * (the caller takes those one by one). {@code out} must have room for {@code (to - from) / 2} chars from
     * {@code o}.
     */
    static int twoByteRun(byte[] a, int from, int to, char[] out, int o) {
        int k = 0;
        for (int i = from; i + 4 <= to; i += 4) {
            int x = (int) INTS.get(a, i);
            // both lead bytes C0-DF with both continuations 80-BF; C0 and C1 (overlong) have no bit of 0x1E set
            if ((x & PAIR_MASK) != PAIR_BITS || (x & 0x1E) == 0 || (x & 0x1E0000) == 0) {
                break;
            }
            out[o + k] = (char) ((x & 0x1F) << 6 | x >>> 8 & 0x3F);
            out[o + k + 1] = (char) ((x >>> 16 & 0x1F) << 6 | x >>> 24 & 0x3F);
            k += 2;
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
