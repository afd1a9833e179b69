package org.conflictmap.gazetteer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Varint and UTF-8 helpers over a mapped buffer (absolute reads only). */
final class Utf8 {

    private Utf8() {
    }

    /** Reads an unsigned LEB128 varint at {@code pos[0]} and advances it. */
    static int varint(ByteBuffer b, int[] pos) {
        int v = 0;
        int shift = 0;
        while (true) {
            byte x = b.get(pos[0]++);
            v |= (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
            shift += 7;
            if (shift > 28) {
                throw new GazetteerFormatException("corrupt varint in gazetteer");
            }
        }
    }

    /** Decodes {@code len} UTF-8 bytes at {@code at}. */
    static String decode(ByteBuffer b, int at, int len) {
        byte[] bytes = new byte[len];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Compares the UTF-8 bytes {@code [at, end)} with {@code s} without allocating.
     *
     * @return -1 when they differ; otherwise the byte offset where {@code s} ended (so {@code == end}
     *         means equal, {@code < end} means {@code s} is a proper prefix)
     */
    static int matchPrefix(ByteBuffer b, int at, int end, String s) {
        int p = at;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (p >= end) {
                return -1;
            }
            char c = s.charAt(i);
            int x = b.get(p) & 0xFF;
            if (c < 0x80) {
                if (x != c) {
                    return -1;
                }
                p++;
                continue;
            }
            int cp;
            int len;
            if (x < 0xE0) {
                cp = ((x & 0x1F) << 6) | (b.get(p + 1) & 0x3F);
                len = 2;
            } else if (x < 0xF0) {
                cp = ((x & 0x0F) << 12) | ((b.get(p + 1) & 0x3F) << 6) | (b.get(p + 2) & 0x3F);
                len = 3;
            } else {
                cp = ((x & 0x07) << 18) | ((b.get(p + 1) & 0x3F) << 12) | ((b.get(p + 2) & 0x3F) << 6)
                        | (b.get(p + 3) & 0x3F);
                len = 4;
            }
            int want = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                want = Character.toCodePoint(c, s.charAt(++i));
            }
            if (cp != want || p + len > end) {
                return -1;
            }
            p += len;
        }
        return p;
    }
}
