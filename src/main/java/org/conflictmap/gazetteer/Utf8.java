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
}
