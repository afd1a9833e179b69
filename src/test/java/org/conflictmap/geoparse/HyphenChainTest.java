package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** A hyphenated name that goes on with another hyphen is a piece of a longer name. */
class HyphenChainTest {

    private static final Place SAINT_JEAN = Fixtures.city(6613, "Saint-Jean", "PPLA", "FR", "75", 45.0, 0.5, 300_000);
    private static final Place ISRAEL = Fixtures.country(294640, "Israel", "IL", 31.5, 34.75, 8_000_000);
    private static final Place NORD = Fixtures.admin1(2233738, "Nord", "CM", "12", 8.5, 13.9, 2_442_578);
    private static final Place DARFUR = new Place(-7001, "Darfur", "L", "RGN", "SD", "", 13.0, 24.0, 0, null);
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(SAINT_JEAN, List.of());
        names.put(ISRAEL, List.of());
        names.put(NORD, List.of());
        names.put(DARFUR, List.of("Darfour"));
        return InMemoryGazetteer.of(names, Map.of());
    }

    private static List<String> surfaces(String text) {
        return surfaces(text, "en");
    }

    private static List<String> surfaces(String text, String lang) {
        return Fixtures.surfaces(GEO, text, lang);
    }

    @Test
    void aHyphenatedNameThatGoesOnIsNotMatchedInPart() {
        assertEquals(List.of(), surfaces("He spent the weekend at Saint-Jean-de-Luz."));
        assertEquals(List.of("Saint-Jean"), surfaces("He spent the weekend at Saint-Jean."));
        assertEquals(List.of("Saint-Jean"), surfaces("He spent the weekend at Saint-Jean - and left."), "spaces");
    }

    @Test
    void aOneWordNameMayJoinAnotherByAHyphen() {
        assertEquals(List.of("Israel"), surfaces("The Israel-Hamas war went on."));
    }

    @Test
    void anOrdinaryWordAfterAHyphenatedNameIsPartOfIt() {
        assertEquals(List.of("Darfour"), surfaces("Les combats au Darfour-Nord ont repris.", "fr"));
        assertEquals(List.of("Nord"), surfaces("Les combats à Nord ont repris.", "fr"), "the word alone");
    }
}
