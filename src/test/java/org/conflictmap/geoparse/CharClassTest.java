package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharClassTest {

    @Test
    void everyCharAnswersLikeCharacter() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            String at = "U+" + Integer.toHexString(c);
            assertEquals(CharClass.isWordChar(ch), CharClass.is(ch, CharClass.WORD), at);
            assertEquals(Character.isLetter(ch), CharClass.is(ch, CharClass.LETTER), at);
            assertEquals(Character.isUpperCase(ch) || Character.isTitleCase(ch), CharClass.is(ch, CharClass.UPPER), at);
            assertEquals(Character.isLowerCase(ch), CharClass.is(ch, CharClass.LOWER), at);
            assertEquals(Character.isDigit(ch), CharClass.is(ch, CharClass.DIGIT), at);
            int script = LanguageDetector.script(ch);
            assertEquals(script == LanguageDetector.LATIN_SCRIPT, CharClass.is(ch, CharClass.LATIN), at);
            assertEquals(script != LanguageDetector.NONE && script != LanguageDetector.LATIN_SCRIPT
                    && !CharClass.isWordChar(ch), CharClass.is(ch, CharClass.SCRIPT_GAP), at);
            if (CharClass.is(ch, CharClass.LATIN)) {
                assertTrue(CharClass.is(ch, CharClass.LETTER | CharClass.WORD), at);
            }
        }
    }

    @Test
    void scriptGapsAreNonWordCharsOfCountedScripts() {
        for (char c : "،؛؟\u037E\u05BE・\u0482".toCharArray()) {
            assertTrue(CharClass.is(c, CharClass.SCRIPT_GAP), "U+" + Integer.toHexString(c));
        }
        for (char c : " .,'’«»—\u00A0aжا".toCharArray()) {
            assertFalse(CharClass.is(c, CharClass.SCRIPT_GAP), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void wordCharsOfSeveralScripts() {
        for (char c : "aZ09éÉжЖاءʼʻ\u0301".toCharArray()) {
            assertTrue(CharClass.is(c, CharClass.WORD), "U+" + Integer.toHexString(c));
        }
        for (char c : " -'’.,\u00A0\uD83D\u2013".toCharArray()) {
            assertFalse(CharClass.is(c, CharClass.WORD), "U+" + Integer.toHexString(c));
        }
        assertEquals(CharClass.WORD | CharClass.LETTER | CharClass.UPPER, CharClass.of('Ж'));
        assertEquals(CharClass.WORD | CharClass.LETTER, CharClass.of('ب'));
    }
}
