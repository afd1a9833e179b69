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
}
