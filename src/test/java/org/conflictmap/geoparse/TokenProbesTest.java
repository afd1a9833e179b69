package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenProbesTest {

    @Test
    void findsRegionsByTheirExactChars() {
        TokenProbes m = new TokenProbes(16);
        String text = "Paris paris PARIS Parisien";
        assertEquals(-1, m.find(text.toCharArray(), 0, 5));
        int slot = m.put(text.toCharArray(), 0, 5, "paris", TokenProbes.KEY | TokenProbes.LONGER);
        assertEquals(slot, m.find(text.toCharArray(), 0, 5));
        assertEquals(slot, m.find("in Paris.".toCharArray(), 3, 8));
        assertEquals("paris", m.key(slot));
        assertEquals(TokenProbes.KEY | TokenProbes.LONGER, m.flags(slot));
        assertEquals(-1, m.find(text.toCharArray(), 6, 11), "case matters: the memo is keyed by the exact chars");
        assertEquals(-1, m.find(text.toCharArray(), 0, 4), "a prefix of a remembered region is another region");
        assertEquals(-1, m.find(text.toCharArray(), 18, 26), "so is a longer one");
        String longName = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
        int big = m.put(longName.toCharArray(), 0, longName.length(), "llanfair", TokenProbes.KEY);
        assertEquals("llanfair", m.key(big), "a long region is answered");
        assertEquals(TokenProbes.KEY, m.flags(big));
        assertEquals(-1, m.find(longName.toCharArray(), 0, longName.length()), "but not remembered");
        assertEquals(slot, m.find(text.toCharArray(), 0, 5), "nor does it evict anything");
        assertEquals(slot, m.find(text.toCharArray(), 18, 23));
    }

    @Test
    void remembersTheCommonWordAnswerPerSetUntilTheSlotIsPutAgain() {
        TokenProbes m = new TokenProbes(16);
        Object french = new Object();
        Object english = new Object();
        int fr = m.setId(french);
        int en = m.setId(english);
        assertTrue(fr > 0 && en > 0 && fr != en);
        assertEquals(fr, m.setId(french), "a set keeps its id");
        char[] text = "russe".toCharArray();
        int slot = m.put(text, 0, 5, "russe", TokenProbes.DEMONYM);
        assertEquals(-1, m.common(slot, fr), "nothing remembered yet");
        m.rememberCommon(slot, fr, true);
        assertEquals(1, m.common(slot, fr));
        assertEquals(-1, m.common(slot, en), "an answer is for one set");
        assertEquals(TokenProbes.DEMONYM, m.flags(slot), "the flags stay");
        assertEquals(slot, m.find(text, 0, 5), "and so does the region");
        m.rememberCommon(slot, en, false);
        assertEquals(0, m.common(slot, en));
        assertEquals(-1, m.common(slot, fr), "the newer answer replaced it");
        m.put(text, 0, 5, "russe", TokenProbes.DEMONYM | TokenProbes.FULL);
        assertEquals(-1, m.common(slot, en), "a new put forgets the answer");
        assertEquals(-1, m.common(m.none(), fr), "the slot of no region remembers nothing");
        m.rememberCommon(m.none(), fr, true);
        assertEquals(-1, m.common(m.none(), fr));
        for (int k = 3; k <= 15; k++) {
            assertEquals(k, m.setId(new Object()));
        }
        assertEquals(0, m.setId(new Object()), "past 15 sets no more ids");
        m.rememberCommon(slot, 0, true);
        assertEquals(-1, m.common(slot, 0), "and no answers for them");
    }

    @Test
    void agreesWithAMapWhileEvicting() {
        TokenProbes m = new TokenProbes(64);
        Map<String, Integer> truth = new HashMap<>();
        SplittableRandom r = new SplittableRandom(3);
        String letters = "abcABCéЖ";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder("<");
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                b.append(letters.charAt(r.nextInt(letters.length())));
            }
            String text = b.append('>').toString();
            String word = text.substring(1, text.length() - 1);
            int slot = m.find(text.toCharArray(), 1, text.length() - 1);
            if (slot >= 0) {
                assertEquals(word.toLowerCase(), m.key(slot));
                assertEquals((int) truth.get(word), m.flags(slot));
            } else {
                int flags = word.hashCode() & 15;
                Integer before = truth.putIfAbsent(word, flags);
                flags = before == null ? flags : before;
                slot = m.put(text.toCharArray(), 1, text.length() - 1, word.toLowerCase(), flags);
                assertEquals(slot, m.find(word.toCharArray(), 0, word.length()));
            }
            assertTrue(m.size() <= m.capacity(), "bounded");
        }
        assertEquals(64, m.capacity());
        assertTrue(truth.size() > m.capacity(), "more words than slots: some were evicted and asked again");
    }

    @Test
    void regionsOfEveryLengthDifferInTheirLastCharOnly() {
        TokenProbes m = new TokenProbes(1 << 12);
        String base = "Абвгдежзийклмнопрстуфх";
        for (int len = 1; len <= TokenProbes.WIDTH; len++) {
            String a = base.substring(0, len);
            String b = base.substring(0, len - 1) + 'Z';
            char[] ta = ("(" + a + ")").toCharArray();
            char[] tb = ("[" + b + "]").toCharArray();
            int slot = m.put(ta, 1, 1 + len, a, TokenProbes.KEY);
            assertEquals(slot, m.find(ta, 1, 1 + len), a);
            assertEquals(slot, m.find(a.toCharArray(), 0, len), a);
            // b gets a's hash: only the packed chars tell them apart
            assertEquals(-1, m.find(tb, 1, 1 + len, TokenProbes.hash(ta, 1, 1 + len)), b);
            assertEquals(-1, m.find(ta, 1, len, TokenProbes.hash(ta, 1, 1 + len)), "a's prefix, with a's hash");
        }
        char[] shortAfterLong = "Abcdefghij Ab".toCharArray();
        int h = 12345;
        m.put(shortAfterLong, 0, 10, h, "long", TokenProbes.KEY);
        int slot = m.put(shortAfterLong, 11, 13, h, "short", TokenProbes.LONGER);
        assertEquals(slot, m.find("Ab".toCharArray(), 0, 2, h), "a short region evicts a long one in its slot");
        assertEquals(-1, m.find(shortAfterLong, 0, 10, h));
        assertEquals(-1, m.find("Ac".toCharArray(), 0, 2, h));
    }
}
