package org.conflictmap.cli;

import java.nio.charset.StandardCharsets;

/**
 * {@link JsonlFields} read straight from the UTF-8 bytes of a line: the strings are decoded once each, with no
 * String of the whole line and no copy of it in between. It answers only when that reading is sure to give
 * what decoding the line and {@link JsonlFields#read} give, and its text is one that {@link GeoparseInput} accepts
 * without counting control characters: the line has the simple shape, every string decodes without a
 * replacement character (so the line is valid UTF-8) and no escape makes a NUL or a control character other
 * than tab, line feed, form feed and carriage return. Otherwise (null) the caller reads the line the long
 * way. An instance reads one line after another, keeping its buffers; not thread-safe.
 */
final class JsonlBytes extends FlatJsonObject {

    private byte[] b;
    /** Unescaped bytes of the string being read, when it has escapes. */
    private byte[] out = new byte[0];
    /** The Latin-1 chars of the string being decoded. */
    private byte[] latin = new byte[0];

    JsonlBytes() {
        super(0);
    }

    /** The fields of the line {@code bytes[0, len)}, or null when the caller must decode it and read it itself. */
    static JsonlFields.Fields read(byte[] bytes, int len) {
        return new JsonlBytes().fields(bytes, len);
    }

    /** {@link #read}, with this instance's buffers. */
    JsonlFields.Fields fields(byte[] bytes, int len) {
        b = bytes;
        restart(len);
        return object();
    }

    @Override
    protected int at(int i) {
        return b[i];
    }

    /** The rest of a string whose opening quote was read; null on anything unusual. */
    @Override
    protected String string() {
        int from = pos;
        int i = plainRun(from);
        if (i >= n) {
            return null;
        }
        if (b[i] == '"') {
            pos = i + 1;
            return decoded(b, from, i - from);
        }
        if (b[i] != '\\') {
            return null;
        }
        // escapes: runs of plain bytes are copied whole, each escape written as UTF-8
        if (out.length < n - from) {
            out = new byte[Math.max(n - from, out.length * 2)];
        }
        int len = 0;
        while (true) {
            System.arraycopy(b, from, out, len, i - from);
            len += i - from;
            if (i >= n) {
                return null;
            }
            byte c = b[i++];
            if (c == '"') {
                pos = i;
                return decoded(out, 0, len);
            }
            if (c != '\\' || i >= n) {
                return null;
            }
            byte e = b[i++];
            switch (e) {
                case '"', '\\', '/' -> out[len++] = e;
                case 'f' -> out[len++] = '\f';
                case 'n' -> out[len++] = '\n';
                case 'r' -> out[len++] = '\r';
                case 't' -> out[len++] = '\t';
                case 'u' -> {
                    int v = hex4(i);
                    if (v < 0x20 || Character.isSurrogate((char) v)) {
                        return null; // a control character or a surrogate: the long way
                    }
                    i += 4;
                    if (v < 0x80) {
                        out[len++] = (byte) v;
                    } else if (v < 0x800) {
                        out[len++] = (byte) (0xC0 | v >> 6);
                        out[len++] = (byte) (0x80 | v & 0x3F);
                    } else {
                        out[len++] = (byte) (0xE0 | v >> 12);
                        out[len++] = (byte) (0x80 | v >> 6 & 0x3F);
                        out[len++] = (byte) (0x80 | v & 0x3F);
                    }
                }
                default -> {
                    return null; // \b (a control character) or no escape at all
                }
            }
            from = i;
            i = plainRun(i);
        }
    }

    /**
     * The string of UTF-8 bytes {@code a[from, from + len)}, or null when it holds a replacement character.
     * Latin-1 text is decoded here, eight ASCII bytes at a time (the JDK's decoder takes such text byte by byte).
     */
    private String decoded(byte[] a, int from, int len) {
        if (latin.length < len) {
            latin = new byte[Math.max(len, latin.length * 2)];
        }
        int chars = ByteScan.latin1(a, from, len, latin);
        if (chars >= 0) {
            return new String(latin, 0, chars, StandardCharsets.ISO_8859_1);
        }
        String s = new String(a, from, len, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 ? s : null;
    }

    /** The value of the four hex digits at {@code i}, or -1. */
    private int hex4(int i) {
        if (i + 4 > n) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = hex(b[i + k]);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** The end of the run of bytes from {@code i} on that a string holds as they are (no quote, backslash, control). */
    private int plainRun(int i) {
        return ByteScan.plainEnd(b, i, n);
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
