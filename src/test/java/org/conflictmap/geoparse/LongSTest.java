package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongSTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(Fixtures.gazetteer());
    private static final String OLD = "La flotte eft arrivée ; elle fe dirige vers la Ruffie, auffi vîte que "
            + "poffible, & Nelfon la fuit.";

    private static List<String> surfaces(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (Mention m : GEO.parse(text, lang).mentions()) {
            out.add(m.surface());
        }
        return out;
    }

    @Test
    void longSPrintIsRecognisedByItsFunctionWords() {
        assertTrue(LongS.isLongSText(TOKENIZER.tokenize(OLD), "fr"));
        assertFalse(LongS.isLongSText(TOKENIZER.tokenize(OLD), "en"));
        assertFalse(LongS.isLongSText(TOKENIZER.tokenize("Il est arrivé en Russie, au fur et à mesure."), "fr"));
        assertEquals("russie", LongS.sKey("ruffie"));
        assertNull(LongS.sKey("russie"));
    }

    @Test
    void inALongSTextAProminentPlaceIsReadWithS() {
        assertEquals(List.of("Ruffie"), surfaces(OLD, "fr"));
        assertEquals(Fixtures.RUSSIA, GEO.parse(OLD, "fr").mentions().get(0).place());
        assertEquals(List.of(), surfaces("Il part pour la Ruffie demain.", "fr"), "a modern text keeps its f");
    }
}
