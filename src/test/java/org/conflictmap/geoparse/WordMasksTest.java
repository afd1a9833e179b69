package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordMasksTest {

    @Test
    void masksNameTheSetsHoldingAWord() {
        WordSet en = WordSet.of(List.of("the", "of", "and", "die"));
        WordSet de = WordSet.of(List.of("der", "die", "und"));
        WordSet fr = WordSet.of(List.of("le", "et", "de", "Été"));
        WordMasks m = WordMasks.of(List.of(en, de, fr));
        String text = "THE die Und été zzz De";
        assertEquals(0b001, m.get(text, 0, 3));
        assertEquals(0b011, m.get(text, 4, 7));
        assertEquals(0b010, m.get(text, 8, 11));
        assertEquals(0b100, m.get(text, 12, 15));
        assertEquals(0, m.get(text, 16, 19));
        assertEquals(0b100, m.get(text, 20, 22));
        assertEquals(0, m.get(text, 4, 6), "a prefix is another word");
    }

    @Test
    void agreesWithEachSetOnRandomWords() {
        SplittableRandom r = new SplittableRandom(11);
        String letters = "abcdeABCéÉжЖ’'";
        List<WordSet> sets = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                words.add(word(r, letters));
            }
            sets.add(WordSet.of(words));
        }
        WordMasks m = WordMasks.of(sets);
        for (int i = 0; i < 20_000; i++) {
            String text = "." + word(r, letters) + ".";
            int expected = 0;
            for (int k = 0; k < sets.size(); k++) {
                if (sets.get(k).contains(text, 1, text.length() - 1)) {
                    expected |= 1 << k;
                }
            }
            assertEquals(expected, m.get(text, 1, text.length() - 1), text);
        }
    }

    @Test
    void refusesMoreThan32Sets() {
        assertThrows(IllegalArgumentException.class,
                () -> WordMasks.of(Collections.nCopies(33, WordSet.of(List.of("a")))));
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
