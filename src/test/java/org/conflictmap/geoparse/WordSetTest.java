package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void matchesIgnoringCaseAndCountsDistinctWords() {
        WordSet w = WordSet.of(List.of("de", "Of", "of", "Москва", "في", "côte d’ivoire", "x".repeat(70)));
        assertEquals(6, w.size(), "Of and of are one word");
        assertTrue(w.contains("DE"));
        assertTrue(w.contains("МОСКВА"));
        assertTrue(w.contains("москва"));
        assertTrue(w.contains("في"));
        assertTrue(w.contains("Côte d'Ivoire"));
        assertTrue(w.contains("X".repeat(70)));
        assertFalse(w.contains("X".repeat(69)));
        assertFalse(w.contains("X".repeat(71)));
        assertFalse(w.contains("d"));
        assertFalse(w.contains("the"));
        assertTrue(w.contains("in the Of", 7, 9));
        assertFalse(WordSet.empty().contains("de"));
    }

    @Test
    void agreesWithLowerCasedStringsOnRandomWords() {
        SplittableRandom r = new SplittableRandom(5);
        String letters = "aBcÉéЖжЯяЁёІіقاΣσİ’'";
        List<String> words = new ArrayList<>();
        Set<String> truth = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String word = word(r, letters);
            words.add(word);
            truth.add(lower(word));
        }
        WordSet w = WordSet.of(words);
        assertEquals(truth.size(), w.size());
        for (int i = 0; i < 20_000; i++) {
            String word = word(r, letters);
            assertEquals(truth.contains(lower(word)), w.contains(word), word);
            char[] region = ("(" + word + ")").toCharArray();
            assertEquals(truth.contains(lower(word)), w.contains(region, 1, region.length - 1), word);
        }
    }

    @Test
    void findsEveryWordOfALargeSetWhateverItsPlaceInThePool() {
        // enough chars that pool offsets need more than 16 bits, and words of every length up to the longest
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            words.add("w" + i + "q" + "x".repeat(i % 13));
        }
        words.add("y".repeat(WordSet.MAX_LENGTH));
        WordSet w = WordSet.of(words);
        assertEquals(words.size(), w.size());
        for (String word : words) {
            String upper = word.toUpperCase(java.util.Locale.ROOT);
            assertTrue(w.contains(upper), word);
            char[] region = (" " + upper + " ").toCharArray();
            assertTrue(w.contains(region, 1, region.length - 1), word);
            assertFalse(w.contains(word + "x"), word + "x");
            assertFalse(w.contains(word.substring(1)), word.substring(1));
        }
        assertFalse(w.contains("y".repeat(WordSet.MAX_LENGTH + 1)));
        assertFalse(w.contains("y".repeat(WordSet.MAX_LENGTH + 1025)), "a length past the slot bits");
    }

    @Test
    void refusesAWordLongerThanASlotHolds() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of(List.of("z".repeat(WordSet.MAX_LENGTH + 1))));
    }

    @Test
    void theFoldingTableIsTheFoldingFunction() {
        for (int c = 0; c < 0x10000; c++) {
            assertEquals(WordSet.foldChar((char) c), WordSet.lowerChar((char) c), "U+" + Integer.toHexString(c));
        }
        assertEquals('a', WordSet.lowerChar('A'));
        assertEquals('ж', WordSet.lowerChar('Ж'));
        assertEquals('\'', WordSet.lowerChar('\u2019'));
    }

    private static String lower(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static String word(SplittableRandom r, String letters) {
        int n = 1 + r.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }
}
