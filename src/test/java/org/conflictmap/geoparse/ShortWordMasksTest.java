package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortWordMasksTest {

    @Test
    void masksNameTheSetsHoldingAShortWord() {
        WordSet en = WordSet.of(List.of("the", "of", "and", "die", "aujourd’hui"));
        WordSet de = WordSet.of(List.of("der", "die", "und", "ŉa"));
        WordSet fr = WordSet.of(List.of("le", "et", "de", "Été", "l’"));
        ShortWordMasks m = ShortWordMasks.of(List.of(en, de, fr));
        assertEquals(0b001, m.get(ShortWordMasks.pack("THE")));
        assertEquals(0b011, m.get(ShortWordMasks.pack("Die")));
        assertEquals(0b100, m.get(ShortWordMasks.pack("été")));
        assertEquals(0b100, m.get(ShortWordMasks.pack("L'")), "’ folds to '");
        assertEquals(0, m.get(ShortWordMasks.pack("di")), "a prefix is another word");
        assertEquals(0, m.get(ShortWordMasks.pack("")));
        assertEquals(ShortWordMasks.NONE, ShortWordMasks.pack("aujourd"), "too long");
        assertEquals(ShortWordMasks.NONE, ShortWordMasks.pack("жа"), "a char above 511");
        assertEquals(ShortWordMasks.NONE, ShortWordMasks.pack("σ"), "a char above 511");
        assertEquals(ShortWordMasks.NONE, ShortWordMasks.pack("a\u0000".toCharArray(), 0, 2), "a char 0");
        assertEquals(0, m.get(ShortWordMasks.NONE));
    }

    @Test
    void agreesWithWordMasksOnEveryWordWithAKey() {
        SplittableRandom r = new SplittableRandom(7);
        String letters = "abcdeABCéÉøØ’'ŉǅǆΣσжЖ";
        List<WordSet> sets = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                words.add(word(r, letters));
            }
            sets.add(WordSet.of(words));
        }
        WordMasks reference = WordMasks.of(sets);
        ShortWordMasks m = ShortWordMasks.of(sets);
        int keyed = 0;
        int found = 0;
        for (int i = 0; i < 30_000; i++) {
            String w = r.nextBoolean() ? word(r, letters) : recased(r, pick(r, sets));
            long key = ShortWordMasks.pack(w);
            if (w.length() <= ShortWordMasks.MAX_LENGTH) {
                assertEquals(key, ShortWordMasks.pack(("." + w + ".").toCharArray(), 1, w.length() + 1), w);
            }
            if (key != ShortWordMasks.NONE) {
                keyed++;
                int expected = reference.get(w, 0, w.length());
                assertEquals(expected, m.get(key), w);
                found += expected != 0 ? 1 : 0;
            }
        }
        assertEquals(true, keyed > 10_000, "most random words have a key: " + keyed);
        assertEquals(true, found > 5_000, "many are in some set: " + found);
    }

    @Test
    void refusesMoreThan32Sets() {
        assertThrows(IllegalArgumentException.class,
                () -> ShortWordMasks.of(Collections.nCopies(33, WordSet.of(List.of("a")))));
    }

    private static String pick(SplittableRandom r, List<WordSet> sets) {
        List<String> words = sets.get(r.nextInt(sets.size())).words();
        return words.get(r.nextInt(words.size()));
    }

    private static String recased(SplittableRandom r, String w) {
        StringBuilder b = new StringBuilder();
        for (char c : w.toCharArray()) {
            b.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    private static String word(SplittableRandom r, String letters) {
        int n = 1 + r.nextInt(ShortWordMasks.MAX_LENGTH);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }
}
