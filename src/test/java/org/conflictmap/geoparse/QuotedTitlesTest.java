package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTitlesTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static boolean title(String text, String word) {
        Tokens t = TOKENIZER.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.surface(i).equals(word)) {
                return QuotedTitles.endsQuotedTitle(t, i, i);
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void aPlaceEndingAQuotedTitleNamesThePaper() {
        assertTrue(title("L'« Echo de Paris » fait prévoir", "Paris"));
        assertTrue(title("Les « Dernières Nouvelles de Moscou » rappellent", "Moscou"));
        assertTrue(title("la < Feuille d'Avis de Paris > annonce", "Paris"), "OCR guillemets");
    }

    @Test
    void otherQuotedOrUnquotedPlacesStay() {
        assertFalse(title("le « Journal » de Paris annonce", "Paris"), "the title closed before de");
        assertFalse(title("dans « Moscou » hier", "Moscou"), "the whole quote is the place");
        assertFalse(title("« Il est parti. Il vit près de Paris »", "Paris"), "a quoted sentence");
        assertFalse(title("« la ville de Paris »", "Paris"), "no capitalised title word");
        assertFalse(title("l'Echo de Paris annonce", "Paris"), "no guillemets");
    }

    @Test
    void theGeoparserSkipsTheTitle() {
        List<String> out = new ArrayList<>();
        for (Mention m : GazetteerGeoparser.create(Fixtures.gazetteer())
                .parse("Selon l'« Echo de Paris », le ministre est à Moscou.", "fr").mentions()) {
            out.add(m.surface());
        }
        assertEquals(List.of("Moscou"), out);
    }
}
