package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonCuesTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final PersonCues CUES = new PersonCues(Lexicon.load());
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(Fixtures.gazetteer());

    private static int token(Tokens t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.surface(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    private static boolean person(String text, String word, String lang) {
        Tokens t = TOKENIZER.tokenize(text);
        int k = token(t, word);
        return CUES.isPerson(t, k, k, lang);
    }

    private static List<String> surfaces(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (Mention m : GEO.parse(text, lang).mentions()) {
            out.add(m.surface());
        }
        return out;
    }

    @Test
    void lowerCaseTitlesInRomanceLanguages() {
        assertTrue(person("Il a vu le général Prim hier.", "Prim", "fr"));
        assertTrue(person("au temps de l'impératrice Victoria", "Victoria", "fr"));
        assertTrue(person("chez le pasteur Hamm", "Hamm", "fr"));
        assertFalse(person("the general Paris area", "Paris", "en"), "English titles are capitalised");
        assertFalse(person("le premier Paris-Dakar", "Paris", "fr"), "an adjective, not a title");
        assertFalse(person("le vice-roi, Moscou", "Moscou", "fr"));
        assertFalse(person("la ville Paris", "Paris", "fr"));
    }

    @Test
    void regnalNumbersAndNobiliaryParticles() {
        assertTrue(person("le journal de Frédéric III fut trouvé", "Frédéric", "fr"));
        assertTrue(person("le roi François Ier à Marignan", "François", "fr"));
        assertFalse(person("Paris I et Moscou", "Paris", "fr"), "one I is no regnal number");
        assertTrue(person("M. de Moustier serait remplacé", "Moustier", "fr"));
        assertTrue(person("les de Mont ont rempli", "Mont", "fr"));
        assertFalse(person("la ville de Moscou", "Moscou", "fr"));
        assertTrue(PersonCues.isRoman("XIV", 0, 3));
        assertFalse(PersonCues.isRoman("VX", 0, 2));
    }

    @Test
    void romanNumeralsAreWhatTheRegexAccepts() {
        java.util.regex.Pattern roman = java.util.regex.Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");
        String letters = "XIVa";
        int checked = 0;
        for (int len = 0; len <= 7; len++) {
            for (int combo = 0; combo < Math.pow(letters.length(), len); combo++) {
                StringBuilder b = new StringBuilder("(");
                for (int k = 0, c = combo; k < len; k++, c /= letters.length()) {
                    b.append(letters.charAt(c % letters.length()));
                }
                String text = b.append(')').toString();
                String word = text.substring(1, text.length() - 1);
                boolean expected = len <= 6 && len > 0 && roman.matcher(word).matches();
                assertEquals(expected, PersonCues.isRoman(text, 1, text.length() - 1), word);
                checked++;
            }
        }
        assertTrue(checked > 20_000);
    }

    @Test
    void aTitleMatchedAsAPlaceIsDropped() {
        Tokens t = TOKENIZER.tokenize("chez Mad. Bourgeois et Mad à Paris");
        assertTrue(CUES.isTitleBeforeName(t, 1, 1));
        assertFalse(CUES.isTitleBeforeName(t, 5, 5), "no name follows");
    }

    @Test
    void theGeoparserDropsPeopleNamedLikePlaces() {
        assertEquals(List.of("Moscou"), surfaces("Le général Vladimir est arrivé à Moscou.", "fr"));
        assertEquals(List.of("Moscou"), surfaces("Le journal de Vladimir II parle de Moscou.", "fr"));
        assertEquals(List.of("Vladimir", "Moscou"), surfaces("Il est allé à Vladimir puis à Moscou.", "fr"));
    }
}
