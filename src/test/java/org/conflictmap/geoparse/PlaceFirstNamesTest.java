package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** A place name used as a first name before a surname gives no toponym. */
class PlaceFirstNamesTest {

    private static final Place JORDAN = Fixtures.country(248816, "Jordan", "JO", 31, 36, 9_956_011);
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(JORDAN, List.of());
        names.put(Fixtures.GEORGIA, List.of());
        names.put(Fixtures.TBILISI, List.of());
        names.put(Fixtures.FRANCE, List.of());
        return InMemoryGazetteer.of(names, Map.of());
    }

    private static List<String> surfaces(String text) {
        return GEO.parse(text, "en").mentions().stream().map(Mention::surface).toList();
    }

    @Test
    void theSurnameIsTheTokenAfterAFirstNameAndOneSpace() {
        WordSet names = WordSet.of(List.of("jordan", "georgia"));
        Tokens t = new Tokenizer().tokenize("Jordan Bardella and Georgia  Meloni met Paris Hilton.");
        assertEquals(1, PlaceFirstNames.surnameAfter(t, one(t, 0), names));
        assertEquals(-1, PlaceFirstNames.surnameAfter(t, one(t, 3), names), "two spaces");
        assertEquals(-1, PlaceFirstNames.surnameAfter(t, one(t, 6), names), "no place first name");
        assertEquals(-1, PlaceFirstNames.surnameAfter(t, one(t, 2), names), "lower case");
    }

    private static Span one(Tokens t, int k) {
        return new Span(t.start(k), t.end(k), k, k, MatchKeys.keyOf(t.text(), t.start(k), t.end(k)), false);
    }

    @Test
    void aPlaceNameBeforeAnUnknownCapitalisedWordIsAPerson() {
        assertEquals(List.of("France"), surfaces("Jordan Bardella toured France with Georgia Meloni."));
    }

    @Test
    void theSameNamesStayPlacesBeforeOrdinaryWordsPlacesOrAfterAPreposition() {
        assertEquals(List.of("Jordan", "Georgia", "Tbilisi"), surfaces("Jordan said on Monday that Georgia Tbilisi ties grew."));
        assertEquals(List.of("Jordan"), surfaces("Many refugees stay in Jordan Abdullah told them."), "after a locative");
        assertEquals(List.of("Jordan Valley"), surfaces("Jordan Valley farmers protested."), "a feature head");
        assertEquals(List.of("Georgia"), surfaces("Troops left Georgia, Bardella said."), "no surname after a comma");
    }
}
