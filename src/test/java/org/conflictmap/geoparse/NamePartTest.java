package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** A name beside an unknown capitalised word is part of a longer name there, and only there if it is well known. */
class NamePartTest {

    private static final Place CALIFORNIA = Fixtures.admin1(5332921, "California", "US", "CA", 37.25, -119.75,
            37_691_912);
    private static final Place AHMADI = Fixtures.city(285839, "Al Aḩmadī", "PPLA", "KW", "04", 29.08, 48.08,
            637_411);
    private static final Place SMALLVILLE = Fixtures.city(4000001, "Smallville", "PPL", "US", "KS", 39.0, -98.0,
            2_000);

    private static GazetteerGeoparser geo() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(CALIFORNIA, List.of());
        names.put(AHMADI, List.of("Ahmad"));
        names.put(SMALLVILLE, List.of());
        return GazetteerGeoparser.create(InMemoryGazetteer.of(names, Map.of()));
    }

    @Test
    void aWellKnownPlaceNamedByItsOwnNameIsOnlyPartOfTheLongerNameItStandsIn() {
        assertEquals(List.of("California"), Fixtures.surfaces(geo(),
                "He writes the Connecting California column. Tech jobs are leaving California.", "en"));
    }

    @Test
    void anotherNameOrASmallPlaceIsAPersonEverywhereInTheText() {
        assertEquals(List.of(), Fixtures.surfaces(geo(),
                "We met Ahmad Zorbatek on Monday. Later Ahmad left for the airport in a hurry.", "en"));
        assertEquals(List.of(), Fixtures.surfaces(geo(),
                "We met Smallville Zorbatek on Monday. Later Smallville left for the airport in a hurry.", "en"));
    }
}
