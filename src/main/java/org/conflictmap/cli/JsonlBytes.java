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

    /** An escape's value that the direct reading does not take: the long way decides. */
    private static final int REFUSED = -1;

    private byte[] b;
    /** The Latin-1 chars of the string being decoded. */
    private byte[] latin = new byte[0];
    /** The chars of a string with a char beyond Latin-1. */
    private char[] wide = new char[0];

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

    /**
     * The rest of a string whose opening quote was read, decoded in one pass over its bytes (escapes, UTF-8 and
     * the closing quote at once): as Latin-1 bytes, eight ASCII bytes at a time, until a char beyond Latin-1,
     * then as chars ({@link #wide}). Null on anything unusual: a control byte, an escape it does not take,
     * invalid UTF-8 or a replacement character (where decoding the line would give U+FFFD), no closing quote.
     */
    @Override
    protected String string() {
        int i = pos;
        // a string has at most as many chars as bytes; 8 more for the last eight-byte store
        if (latin.length < n - i + 8) {
            latin = new byte[Math.max(n - i + 8, latin.length * 2)];
        }
        byte[] out = latin;
        int o = 0;
        while (true) {
            int k = ByteScan.asciiRun(b, i, n, out, o);
            i += k;
            o += k;
            if (i >= n) {
                return null;
            }
            int c = b[i];
            if (c == '"') {
                pos = i + 1;
                return new String(out, 0, o, StandardCharsets.ISO_8859_1);
            }
            int v;
            if (c < 0) {
                // U+0080 to U+00FF are two bytes, C2 or C3 and a continuation byte
                if ((c & 0xFE) != 0xC2 || i + 1 >= n || (b[i + 1] & 0xC0) != 0x80) {
                    return wide(i, o);
                }
                v = (c & 0x03) << 6 | b[i + 1] & 0x3F;
                i += 2;
            } else if (c == '\\') {
                v = escape(i);
                if (v > 0xFF || v == REFUSED) {
                    return v == REFUSED ? null : wide(i, o);
                }
                i += escapeLength(i);
            } else if (c < 0x20) {
                return null;
            } else {
                v = c; // an ASCII char among the last seven bytes
                i++;
            }
            out[o++] = (byte) v;
        }
    }

    /**
     * {@link #string()} from byte {@code i} on, where a char beyond Latin-1 (or invalid UTF-8) starts, with the
     * first {@code o} chars already in {@link #latin}: byte by byte into chars, UTF-8 checked as the JDK's
     * decoder checks it (shortest form, no surrogates, at most U+10FFFF).
     */
    private String wide(int i, int o) {
        // a byte makes at most one char (four bytes two); 8 more for the last eight-char store
        if (wide.length < n - i + o + 8) {
            wide = new char[Math.max(n - i + o + 8, wide.length * 2)];
        }
        char[] out = wide;
        for (int k = 0; k < o; k++) {
            out[k] = (char) (latin[k] & 0xFF);
        }
        while (true) {
            int run = ByteScan.asciiChars(b, i, n, out, o);
            i += run;
            o += run;
            if (i >= n) {
                return null;
            }
            int c = b[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                out[o++] = (char) c; // an ASCII char among the last seven bytes
                i++;
                continue;
            }
            if (c == '"') {
                pos = i + 1;
                return new String(out, 0, o);
            }
            if (c == '\\') {
                int v = escape(i);
                if (v == REFUSED || v == 0xFFFD) {
                    return null;
                }
                out[o++] = (char) v;
                i += escapeLength(i);
                continue;
            }
            if (c >= 0) {
                return null; // a control byte
            }
            int lead = c & 0xFF;
            if (lead < 0xE0) {
                // two bytes (Cyrillic, Arabic, Greek, Hebrew letters): the common case apart
                if (lead < 0xC2 || i + 1 >= n || (b[i + 1] & 0xC0) != 0x80) {
                    return null;
                }
                out[o++] = (char) ((lead & 0x1F) << 6 | b[i + 1] & 0x3F);
                i += 2;
                // the rest of the word, two letters at a time
                int k = ByteScan.twoByteRun(b, i, n, out, o);
                i += 2 * k;
                o += k;
                continue;
            }
            int len = lead < 0xF0 ? 3 : 4;
            if (lead > 0xF4 || i + len > n) {
                return null;
            }
            int cp = lead & (0x7F >> len);
            for (int k = 1; k < len; k++) {
                int cont = b[i + k];
                if ((cont & 0xC0) != 0x80) {
                    return null;
                }
                cp = cp << 6 | cont & 0x3F;
            }
            if (len == 3 && (cp < 0x800 || Character.isSurrogate((char) cp) || cp == 0xFFFD)) {
                return null;
            }
            if (len == 4) {
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    return null;
                }
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
            i += len;
        }
    }

    /**
     * The char that the escape at {@code i} (a backslash) stands for, or {@link #REFUSED}: a hex escape of a
     * control character or a surrogate, a backspace escape, an unknown or cut escape.
     */
    private int escape(int i) {
        if (i + 1 >= n) {
            return REFUSED;
        }
        return switch (b[i + 1]) {
            case '"', '\\', '/' -> b[i + 1];
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int v = hex4(i + 2);
                yield v < 0x20 || Character.isSurrogate((char) v) ? REFUSED : v;
            }
            default -> REFUSED;
        };
    }

    /** The number of bytes of the escape at {@code i} that {@link #escape} took. */
    private int escapeLength(int i) {
        return b[i + 1] == 'u' ? 6 : 2;
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
