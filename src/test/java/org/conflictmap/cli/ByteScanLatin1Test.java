package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ByteScan#latin1} (the scans are tested in {@link ByteScanTest}). */
class ByteScanLatin1Test {

    /** Bytes that the scans treat apart, and their neighbours, plus Latin-1 and other UTF-8 sequences. */
    private static final byte[] SPECIAL = {'\n', '"', '\\', 0, 0x1F, 0x20, 0x21, 0x0A - 1, 0x0B, 0x5B, 0x5D, 0x22 - 1,
        0x23, 'a', 'Z', (byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xC3, (byte) 0xC4, (byte) 0xD0, (byte) 0xE2,
        (byte) 0xFF, (byte) 0xA9, 0x7F};

    private static byte[] random(SplittableRandom r, int len) {
        byte[] b = new byte[len];
        for (int k = 0; k < len; k++) {
            int x = r.nextInt(4);
            b[k] = x == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : x == 1 ? (byte) r.nextInt(256) : (byte) ('a' + r.nextInt(26));
        }
        return b;
    }

    @Test
    void decodesLatin1TextAsTheUtf8DecoderDoesAndNothingElse() {
        SplittableRandom r = new SplittableRandom(7);
        String chars = "aZ09 .é’àçßñ\u00A0\u0080\u00FFÿМ\uD83D\uDE00";
        int decoded = 0;
        for (int n = 0; n < 50_000; n++) {
            byte[] b;
            if (r.nextBoolean()) {
                StringBuilder s = new StringBuilder();
                for (int k = r.nextInt(30); k > 0; k--) {
                    s.append(r.nextInt(3) > 0 ? (char) ('a' + r.nextInt(26)) : chars.charAt(r.nextInt(chars.length())));
                }
                b = s.toString().getBytes(StandardCharsets.UTF_8);
            } else {
                b = random(r, r.nextInt(40));
            }
            int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            int len = r.nextInt(b.length - from + 1);
            String utf8 = new String(b, from, len, StandardCharsets.UTF_8);
            boolean latin1 = utf8.chars().allMatch(c -> c < 0x100);
            byte[] out = new byte[len];
            int got = ByteScan.latin1(b, from, len, out);
            if (latin1) {
                decoded++;
                assertEquals(utf8, got < 0 ? null : new String(out, 0, got, StandardCharsets.ISO_8859_1));
            } else {
                assertEquals(-1, got, utf8);
            }
        }
        assertTrue(decoded > 10_000, "decoded " + decoded);
    }
}
