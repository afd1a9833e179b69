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
}
