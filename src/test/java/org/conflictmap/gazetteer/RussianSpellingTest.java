package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RussianSpellingTest {

    @Test
    void aUkrainianTownSuffixLosesItsSoftSign() {
        assertEquals(Optional.of("покровск"), RussianSpelling.of("Покровськ", "UA"));
        assertEquals(Optional.of("торецк"), RussianSpelling.of("Торецьк", "UA"));
    }

    @Test
    void onlyWholeRussianWordsOfUkrainianPlaces() {
        assertEquals(Optional.empty(), RussianSpelling.of("Покровське", "UA"), "a village: Russian -ское");
        assertEquals(Optional.empty(), RussianSpelling.of("Слов’янськ", "UA"), "an apostrophe is Ukrainian");
        assertEquals(Optional.empty(), RussianSpelling.of("Дніпропетровськ", "UA"), "і is Ukrainian");
        assertEquals(Optional.empty(), RussianSpelling.of("Покровськ", "RU"));
        assertEquals(Optional.empty(), RussianSpelling.of("Pokrovsk", "UA"));
    }
}
