package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private static List<String> words(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.surface(i));
        }
        return out;
    }

    @Test
    void elidedWordsMatchIgnoringCaseAsRegionMatchesDoes() {
        Tokens t = tokenizer.tokenize("JUSQU'à Lorsqu’il D'Arménie ſ’il don't xl'a");
        List<String> elided = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, Tokens.ELISION)) {
                elided.add(t.surface(i));
            }
        }
        // long s upper-cases to S, so String.regionMatches takes it for "s"
        assertEquals(List.of("JUSQU", "Lorsqu", "D", "ſ"), elided);
    }

    @Test
    void reusedTokensEqualNewOnesTextAfterText() {
        List<String> texts = List.of("Bosnia and Herzegovina, Haut-Karabakh et l’Arménie. U.S. troops",
                "Short one", "", "Москва и Санкт-Петербург. وصل إلى القاهرة. " + "Word ".repeat(3000), "New York City");
        Tokens previous = null;
        for (String text : texts) {
            Tokens fresh = tokenizer.tokenize(text);
            Tokens reused = tokenizer.tokenizeReusing(text);
            assertEquals(text, reused.text());
            assertEquals(fresh.size(), reused.size(), text);
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(fresh.start(i), reused.start(i));
                assertEquals(fresh.end(i), reused.end(i));
                assertEquals(fresh.flags(i), reused.flags(i), text + " " + i);
                assertEquals(fresh.joinsNext(i), reused.joinsNext(i), text + " " + i);
                assertEquals(fresh.keyHash(i), reused.keyHash(i));
            }
            if (previous != null && text.length() <= 4096) {
                assertTrue(previous == reused, "one instance per thread while texts fit");
            }
            previous = reused;
        }
    }

    @Test
    void keyHashOfEveryTokenIsTheHashOfItsKey() {
        String text = "Paris, PARIS and Zürich; Straße in Köln. Москва, Київ, Куп'янськ, القاهرة; U.S. W.Va. 1990s "
                + "Œuvre ǅemal d’Ivoire x\u0301y";
        Tokens t = tokenizer.tokenize(text);
        List<String> notStored = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            long want = MatchKeys.keyHash(t.chars(), t.start(i), t.end(i));
            assertEquals(want, t.keyHash(i), t.surface(i));
            if (want >= 0) {
                assertEquals(MatchKeys.keyOf(t.chars(), t.start(i), t.end(i)).hashCode(), (int) want, t.surface(i));
            }
            if (!t.is(i, Tokens.KEY_HASH)) {
                notStored.add(t.surface(i));
            }
        }
        // computed while tokenising, except where a char's key is not one char (ß, Œ, marks, dots, apostrophes)
        assertEquals(List.of("Straße", "Куп'янськ", "U.S.", "W.Va.", "Œuvre", "x\u0301y"), notStored);
    }

    @Test
    void frenchElisionIsFlaggedAndNameStartsAfterApostrophe() {
        Tokens t = tokenizer.tokenize("de l’Arménie et d'Azerbaïdjan, qu’Ankara");
        assertEquals(List.of("de", "l", "Arménie", "et", "d", "Azerbaïdjan", "qu", "Ankara"), words(t));
        assertTrue(t.is(1, Tokens.ELISION));
        assertTrue(t.is(4, Tokens.ELISION));
        assertTrue(t.is(6, Tokens.ELISION));
        assertFalse(t.is(2, Tokens.ELISION));
        assertTrue(t.is(2, Tokens.CAP));
        assertTrue(t.joinsNext(1));
    }

    @Test
    void hyphenatedNamesAreJoinableTokens() {
        Tokens t = tokenizer.tokenize("au Haut-Karabakh et à Saint-Pétersbourg, puis Rostov-na-Donu");
        assertEquals(List.of("au", "Haut", "Karabakh", "et", "à", "Saint", "Pétersbourg", "puis", "Rostov", "na",
                "Donu"), words(t));
        assertTrue(t.joinsNext(1));
        assertTrue(t.joinsNext(5));
        assertFalse(t.joinsNext(6), "a comma separates names");
        assertTrue(t.joinsNext(8) && t.joinsNext(9));
    }

    @Test
    void dottedAbbreviationIsOneToken() {
        Tokens t = tokenizer.tokenize("The U.S. Army and W.Va. troops. St. Louis");
        assertEquals(List.of("The", "U.S.", "Army", "and", "W.Va.", "troops", "St", "Louis"), words(t));
        assertTrue(t.is(1, Tokens.DOTTED));
        assertTrue(t.joinsNext(6), "St. Louis joins across the abbreviation dot");
        assertFalse(t.joinsNext(5), "a sentence end does not join");
        assertTrue(t.is(6, Tokens.SENT_START));
    }

    @Test
    void cyrillicAndArabicScripts() {
        Tokens t = tokenizer.tokenize("Москва и Санкт-Петербург. وصل إلى القاهرة");
        assertEquals(List.of("Москва", "и", "Санкт", "Петербург", "وصل", "إلى", "القاهرة"), words(t));
        assertTrue(t.is(0, Tokens.CAP | Tokens.CYRILLIC));
        assertTrue(t.is(1, Tokens.LOWER));
        assertTrue(t.is(6, Tokens.UNCASED | Tokens.ARABIC));
        assertTrue(t.is(4, Tokens.SENT_START));
    }

    @Test
    void apostrophesOfBothKindsAndPossessives() {
        Tokens t = tokenizer.tokenize("Washington’s plan and Côte d'Ivoire");
        assertEquals(List.of("Washington", "s", "plan", "and", "Côte", "d", "Ivoire"), words(t));
        assertTrue(t.joinsNext(4) && t.joinsNext(5));
    }

    @Test
    void allCapsAndSentenceStarts() {
        Tokens t = tokenizer.tokenize("PARIS. Hello\n\nNEW Text");
        assertTrue(t.is(0, Tokens.ALL_CAPS | Tokens.CAP | Tokens.SENT_START));
        assertTrue(t.is(1, Tokens.SENT_START));
        assertTrue(t.is(2, Tokens.SENT_START), "a blank line starts a new sentence");
        assertFalse(t.joinsNext(1), "a blank line separates names");
        assertFalse(t.is(3, Tokens.SENT_START));
    }

    @Test
    void sentenceStartsAfterEndMarksAndBlankLinesOnly() {
        Tokens t = new Tokenizer().tokenize("Un deux… Trois\nQuatre\n \nCinq « Six » ; Sept U.S. Huit: Neuf (Dix) ! Onze");
        boolean[] expected = {true, false, true, false, true, false, true, false, false, true, false, true};
        assertEquals(expected.length, t.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], t.is(i, Tokens.SENT_START), t.surface(i));
        }
    }

    @Test
    void anApostropheBetweenCyrillicLettersIsPartOfTheWord() {
        Tokens t = new Tokenizer().tokenize("в Куп'янську та Слов’янську, l’Arménie");
        assertEquals(6, t.size());
        assertEquals("Куп'янську", t.text().substring(t.start(1), t.end(1)));
        assertEquals("Слов’янську", t.text().substring(t.start(3), t.end(3)));
        assertEquals("l", t.text().substring(t.start(4), t.end(4)));
    }

    @Test
    void latinWordsAndScriptGapsForLanguageDetection() {
        Tokens t = tokenizer.tokenize("Bakou été a1 U.S. Київ Kievа ạ e\u0301 l'État وصل");
        List<String> latin = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, Tokens.LATIN_WORD)) {
                latin.add(t.surface(i));
            }
        }
        // digits, dotted abbreviations, other scripts and combining marks inside: not one Latin letter run
        assertEquals(List.of("Bakou", "été", "ạ", "l", "État"), latin);
        assertEquals(Integer.MAX_VALUE, t.scriptGap());
        assertEquals(7, tokenizer.tokenize("the war، of ، x").scriptGap());
        assertEquals(Integer.MAX_VALUE, tokenizer.tokenizeReusing("the war").scriptGap(), "reset per text");
        assertEquals(Integer.MAX_VALUE, tokenizer.tokenizeReusing("war; the").scriptGap(), "ASCII ; is no gap");
    }
}
