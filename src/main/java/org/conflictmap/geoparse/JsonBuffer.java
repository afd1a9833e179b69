package org.conflictmap.geoparse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.conflictmap.io.Utf8Bytes;

/**
 * A growing UTF-8 byte buffer for {@link GeoparseJson} lines: raw ASCII, numbers and JSON string bodies
 * (quote, backslash and control characters escaped as Jackson does, an unpaired surrogate as '?').
 */
final class JsonBuffer {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LONG_MIN = "9223372036854775808".getBytes(StandardCharsets.US_ASCII);

    private byte[] b;
    private int n;

    JsonBuffer(int capacity) {
        b = new byte[Math.max(16, capacity)];
    }

    byte[] bytes() {
        return Arrays.copyOf(b, n);
    }

    /** A copy of bytes {@code [from, to)} written before. */
    byte[] bytes(int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }

    private void room(int more) {
        if (n + more > b.length) {
            b = Arrays.copyOf(b, Math.max(n + more, b.length * 2));
        }
    }

    void put(char c) {
        room(1);
        b[n++] = (byte) c;
    }

    /** Appends a copy of bytes {@code [from, to)} written before. */
    void copy(int from, int to) {
        room(to - from);
        System.arraycopy(b, from, b, n, to - from);
        n += to - from;
    }

    void raw(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, b, n, bytes.length);
        n += bytes.length;
    }

    void number(long v) {
        room(20);
        if (v < 0) {
            b[n++] = '-';
            if (v == Long.MIN_VALUE) {
                raw(LONG_MIN);
                return;
            }
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        int end = n + digits;
        for (int k = end - 1; k >= n; k--) {
            b[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n = end;
    }

    /** The chars of a JSON string, escaped and encoded. */
    void body(String s) {
        int len = s.length();
        room(len);
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    if (n == b.length) {
                        room(len - i);
                    }
                    b[n++] = (byte) c;
                } else {
                    escape(c);
                }
            } else {
                i = nonAscii(s, i);
            }
        }
    }

    private void escape(char c) {
        room(6);
        b[n++] = '\\';
        switch (c) {
            case '"' -> b[n++] = '"';
            case '\\' -> b[n++] = '\\';
            case '\b' -> b[n++] = 'b';
            case '\f' -> b[n++] = 'f';
            case '\n' -> b[n++] = 'n';
            case '\r' -> b[n++] = 'r';
            case '\t' -> b[n++] = 't';
            default -> {
                b[n++] = 'u';
                b[n++] = '0';
                b[n++] = '0';
                b[n++] = HEX[c >> 4];
                b[n++] = HEX[c & 15];
            }
        }
    }

    /** Encodes the char at {@code i} (a surrogate pair: both); returns the index of the last char used. */
    private int nonAscii(String s, int i) {
        room(Utf8Bytes.MAX_BYTES);
        int end = Utf8Bytes.putNonAscii(s, i, b, n);
        boolean pair = end - n == Utf8Bytes.MAX_BYTES;
        n = end;
        return pair ? i + 1 : i;
    }

    /** The size of the current array. */
    int capacity() {
        return b.length;
    }

    /** The number of bytes written. */
    int size() {
        return n;
    }

    /** Forgets the bytes from {@code size} on. */
    void truncate(int size) {
        n = size;
    }
}

