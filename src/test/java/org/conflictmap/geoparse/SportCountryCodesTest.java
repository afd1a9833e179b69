package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class SportCountryCodesTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final Place SPAIN = Fixtures.country(2510769, "Spain", "ES", 40.0, -4.0, 46_000_000);
    private static final Place SWITZERLAND = Fixtures.country(2658434, "Switzerland", "CH", 47.0, 8.0, 8_500_000);
    private static final Place ARMSTRONG = Fixtures.city(9301, "Armstrong", "PPL", "US", "IA", 43.4, -94.5, 900);

    private static String key(String text, String word, String lang) {
        Tokens t = TOKENIZER.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.surface(i).equals(word)) {
                return SportCountryCodes.keyAt(t, i, lang);
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void anAbbreviationInParenthesesAfterANameIsACountry() {
        assertEquals("espagne", key("1. Olano (Esp) 47'07\"", "Esp", "fr"));
        assertEquals("suisse", key("8. Zulle (S) à 2'25\"", "S", "fr"));
        assertEquals("etats unis", key("6. Armstrong (EU, 12\")", "EU", "fr"));
        assertNull(key("1. Olano (Esp) 47'07\"", "Esp", "en"), "French results only");
        assertNull(key("le prix (Esp) est", "Esp", "fr"), "no name before the parenthesis");
        assertNull(key("Olano (Esp.) 47'07\"", "Esp", "fr"), "no closing parenthesis or comma");
        assertNull(key("Olano (esp) 47'07\"", "esp", "fr"), "exact case");
    }

    @Test
    void theGeoparserReportsTheCountryAndNotTheAthlete() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(SPAIN, List.of("Espagne"));
        names.put(SWITZERLAND, List.of("Suisse"));
        names.put(ARMSTRONG, List.of());
        GazetteerGeoparser geo = GazetteerGeoparser.create(InMemoryGazetteer.of(names, Map.of()));
        List<String> out = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (Mention m : geo.parse("Classement : 1. Armstrong (Esp) 37 h. 2. Zulle (S) à 41\".", "fr").mentions()) {
            out.add(m.surface());
            places.add(m.place());
        }
        assertEquals(List.of("Esp", "S"), out);
        assertEquals(List.of(SPAIN, SWITZERLAND), places);
    }
}
