package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteScanTest {

    /** Bytes that matter to the scans and their neighbours, plus UTF-8 bytes with the high bit set. */
    private static final byte[] ALPHABET = {'\n', 0x0B, 0x09, 0x00, 0x1F, 0x20, 0x21, '"', 0x23, '\\', 0x5B, 0x5D,
        'a', 'Z', (byte) 0x80, (byte) 0xA2, (byte) 0xDC, (byte) 0xD0, (byte) 0xFF, (byte) 0x8A};

    @Test
    void findsWhatAByteLoopFinds() {
        SplittableRandom r = new SplittableRandom(7);
        for (int t = 0; t < 20_000; t++) {
            int len = r.nextInt(40);
            byte[] b = new byte[len];
            // mostly plain letters, so that the first hit falls anywhere in a word
            for (int i = 0; i < len; i++) {
                b[i] = r.nextInt(6) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : (byte) ('a' + r.nextInt(26));
            }
            int from = len == 0 ? 0 : r.nextInt(len + 1);
            int to = from + r.nextInt(len - from + 1);
            assertEquals(naiveLineEnd(b, from, to), ByteScan.lineEnd(b, from, to));
            assertAsciiRun(b, from, to);
        }
    }

    @Test
    void everyByteValueAtEveryPositionOfAWord() {
        for (int v = 0; v < 256; v++) {
            for (int at = 0; at < 16; at++) {
                byte[] b = new byte[16];
                java.util.Arrays.fill(b, (byte) 'x');
                b[at] = (byte) v;
                assertEquals(naiveLineEnd(b, 0, 16), ByteScan.lineEnd(b, 0, 16), "byte " + v + " at " + at);
                assertAsciiRun(b, 0, 16);
                // a hit below another: the first one counts (a borrow must not hide or move it)
                byte[] c = b.clone();
                c[15] = 0;
                assertAsciiRun(c, 0, 16);
            }
        }
    }

    @Test
    void decodesTheTwoByteRunTheJdkDecoderDecodes() {
        // two-byte sequences (valid, overlong C0/C1 leads, cut), ASCII, three-byte leads, stray continuations
        byte[][] pieces = {{(byte) 0xD0, (byte) 0x9C}, {(byte) 0xD8, (byte) 0xA8}, {(byte) 0xC2, (byte) 0x80},
            {(byte) 0xDF, (byte) 0xBF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xC0, (byte) 0x80}, {' '}, {'"'},
            {(byte) 0xE2, (byte) 0x80, (byte) 0x99}, {(byte) 0x80}, {(byte) 0xD0}, {(byte) 0xD0, 'a'}};
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 20_000; t++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                // mostly valid letters, so that runs are long and end anywhere
                byte[] p = pieces[r.nextInt(3) > 0 ? r.nextInt(4) : r.nextInt(pieces.length)];
                bytes.write(p, 0, p.length);
            }
            byte[] b = bytes.toByteArray();
            int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            int to = from + r.nextInt(b.length - from + 1);
            char[] out = new char[2 + (to - from) / 2];
            int got = ByteScan.twoByteRun(b, from, to, out, 2);
            String at = java.util.Arrays.toString(b) + " from " + from + " to " + to;
            // the expected run: whole valid sequences from 'from' on, as the JDK decodes them, cut to pairs
            int valid = from;
            while (valid + 2 <= to && (b[valid] & 0xFF) >= 0xC2 && (b[valid] & 0xFF) <= 0xDF
                    && (b[valid + 1] & 0xC0) == 0x80) {
                valid += 2;
            }
            int want = (valid - from) / 4 * 2;
            assertEquals(want, got, at);
            assertEquals(new String(b, from, 2 * want, java.nio.charset.StandardCharsets.UTF_8),
                    new String(out, 2, got), at);
        }
    }

    private static int naiveLineEnd(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * {@link ByteScan#asciiRun} and {@link ByteScan#asciiChars} give the run of plain ASCII bytes a byte loop
     * finds, cut to whole eight-byte words, and copy it.
     */
    private static void assertAsciiRun(byte[] b, int from, int to) {
        int plain = from;
        while (plain < to && b[plain] >= 0x20 && b[plain] != '"' && b[plain] != '\\') {
            plain++;
        }
        int want = Math.min(plain - from, (to - from) / 8 * 8);
        byte[] out = new byte[3 + to - from + 8];
        int got = ByteScan.asciiRun(b, from, to, out, 3);
        String at = java.util.Arrays.toString(b) + " from " + from + " to " + to;
        assertEquals(want, got, at);
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOfRange(b, from, from + want)),
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(out, 3, 3 + want)), at);
        char[] chars = new char[3 + to - from + 8];
        assertEquals(want, ByteScan.asciiChars(b, from, to, chars, 3), at);
        assertEquals(new String(b, from, want, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(chars, 3, want), at);
    }
}
