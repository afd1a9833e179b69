package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void frenchCommonWordsIncludeTheHandWrittenFunctionWords() {
        Lexicon lexicon = Lexicon.load();
        WordSet fr = lexicon.common("fr");
        assertTrue(fr.contains("de"), "the copied list");
        assertTrue(fr.contains("Hier"), "the extra list, any case");
        assertTrue(fr.contains("où"));
        assertTrue(lexicon.anyCommon().contains("là"));
        assertFalse(lexicon.common("en").contains("hier"), "French words stay French");
        assertFalse(fr.contains("Genève"));
    }

    @Test
    void theCommonWordsOfAnyLanguageHoldThoseOfEachLanguage() {
        // the filter asks anyCommon alone where it would ask common(lang) or anyCommon
        Lexicon lexicon = Lexicon.load();
        for (String lang : Lexicon.LANGUAGES) {
            for (String w : lexicon.common(lang).words()) {
                String upper = w.toUpperCase(java.util.Locale.ROOT);
                assertTrue(lexicon.anyCommon().contains(w), lang + ": " + w);
                assertTrue(!lexicon.common(lang).contains(upper) || lexicon.anyCommon().contains(upper), lang + ": " + upper);
            }
        }
    }
}
