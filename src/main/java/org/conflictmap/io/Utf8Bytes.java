package org.conflictmap.io;

/**
 * UTF-8 encoding of one char of a string straight into a byte array, as an {@code OutputStreamWriter} with
 * UTF-8 encodes it (an unpaired surrogate becomes '?'), for writers that keep their own byte buffer.
 */
public final class Utf8Bytes {

    /** The most bytes {@link #putNonAscii} writes: the room a caller makes before calling it. */
    public static final int MAX_BYTES = 4;

    private Utf8Bytes() {
    }

    /**
     * Writes the non-ASCII char {@code s[i]} (with the low surrogate after it when it starts a pair) into
     * {@code b} at {@code n} and returns the new end. Exactly {@value #MAX_BYTES} bytes written means that
     * the pair was used: the next char is at {@code i + 2}.
     */
    public static int putNonAscii(String s, int i, byte[] b, int n) {
        char c = s.charAt(i);
        if (c < 0x800) {
            b[n++] = (byte) (0xC0 | c >> 6);
            b[n++] = (byte) (0x80 | c & 0x3F);
            return n;
        }
        if (!Character.isSurrogate(c)) {
            b[n++] = (byte) (0xE0 | c >> 12);
            b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | c & 0x3F);
            return n;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            b[n++] = (byte) (0xF0 | cp >> 18);
            b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | cp & 0x3F);
            return n;
        }
        b[n++] = '?';
        return n;
    }
}
