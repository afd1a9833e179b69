package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class KeyCandidatesTest {

    private static final Place RIVER = new Place(1, "Dnipro", "H", "STM", "UA", "", 46.5, 32.3, 0, null);
    private static final Place CITY = Fixtures.city(2, "Dnipro", "PPLA", "UA", "04", 48.45, 35.04, 968_502);
    private static final Place TOWN = Fixtures.city(3, "Dnipro", "PPL", "UA", "04", 48.0, 35.0, 2_000);
    private static final Place OBLAST = new Place(4, "Donetsk Oblast", "A", "ADM1", "UA", "05", 48, 37.8, 0, null);
    private static final Place CHINA = new Place(5, "China", "A", "PCLI", "CN", "", 35, 105, 1_400_000_000, null);

    @Test
    void whatTheRecognizerAsksOfACandidateList() {
        KeyCandidates river = new KeyCandidates("dnipro", List.of(RIVER));
        assertTrue(river.onlyFeatures);
        assertFalse(river.streamAndLargeTown);
        assertTrue(new KeyCandidates("dnipro", List.of(RIVER, CITY)).streamAndLargeTown);
        assertFalse(new KeyCandidates("dnipro", List.of(RIVER, TOWN)).streamAndLargeTown, "a small town");
        assertFalse(new KeyCandidates("dnipro", List.of(RIVER, CITY)).onlyFeatures);
        assertTrue(new KeyCandidates("donetsk", List.of(OBLAST, TOWN)).unitAndTown);
        assertFalse(new KeyCandidates("donetsk", List.of(CHINA, TOWN)).unitAndTown, "a country is no unit");
        assertTrue(new KeyCandidates("china", List.of(TOWN, CHINA)).namesCountry);
        assertFalse(new KeyCandidates("chinese", List.of(CHINA)).namesCountry);
        assertFalse(new KeyCandidates("x", List.of()).onlyFeatures);
    }
}
