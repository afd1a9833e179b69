package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class StrayPlacesTest {

    static final Place LONDON = Fixtures.city(2643743, "London", "PPLC", "GB", "ENG", 51.51, -0.13, 8_961_989);
    static final Place SLOUGH = Fixtures.city(2637627, "Slough", "PPLA2", "GB", "ENG", 51.51, -0.59, 163_777);
    static final Place HEATHROW_FL = Fixtures.city(4158296, "Heathrow", "PPL", "US", "FL", 28.76, -81.37, 5_896);
    static final Place ORLANDO = Fixtures.city(4167147, "Orlando", "PPLA2", "US", "FL", 28.54, -81.38, 307_573);
    static final Place DATCHET = Fixtures.city(2651448, "Datchet", "PPL", "GB", "ENG", 51.48, -0.58, 5_000);

    static final Place ROCKINGHAM_VT = Fixtures.city(5240399, "Rockingham", "PPL", "US", "VT", 43.19, -72.49, 5_198);
    static final Place NORTHAMPTONSHIRE = new Place(-2003170, "Northamptonshire", "A", "ADM2", "GB", "ENG", 52.30,
            -0.85, 670_149, null);

    static final Place ELTINGVILLE = Fixtures.city(5116546, "Eltingville", "PPL", "US", "NY", 40.55, -74.17, 10_573);
    static final Place CHICAGO = Fixtures.city(4887398, "Chicago", "PPLA2", "US", "IL", 41.85, -87.65, 2_696_555);

    static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        for (Place p : List.of(LONDON, SLOUGH, HEATHROW_FL, ORLANDO, DATCHET, ROCKINGHAM_VT,
                NORTHAMPTONSHIRE, CHICAGO)) {
            names.put(p, List.of());
        }
        names.put(ELTINGVILLE, List.of("South Side"));
        return InMemoryGazetteer.of(names, Map.of());
    }

    static List<Mention> resolve(String text, String... surfaces) {
        return Fixtures.resolveSpans(GEO, text, surfaces);
    }

    @Test
    void aFarHamletNothingElseSupportsLiesWhereTheStoryIs() {
        List<Mention> ms = resolve("Flights from London were searched at Heathrow, then near Slough.",
                "London", "Heathrow", "Slough");
        assertEquals(LONDON, ms.get(1).place(), "the focus of the rest of the story");
        assertTrue(ms.get(1).confidence() < 0.1, "a fallback is not confident");
        assertEquals(SLOUGH, ms.get(2).place());
    }

    @Test
    void aHamletTheDocumentSupportsOrThatIsAllItSaysStays() {
        List<Mention> ms = resolve("Heathrow lies north of Orlando.", "Heathrow", "Orlando");
        assertEquals(HEATHROW_FL, ms.get(0).place(), "a mentioned town nearby supports it");
        ms = resolve("Children of Heathrow went home.", "Heathrow");
        assertEquals(HEATHROW_FL, ms.get(0).place(), "nothing else to go by");
        ms = resolve("From London to Datchet, near Slough.", "London", "Datchet", "Slough");
        assertEquals(DATCHET, ms.get(1).place());
    }

    @Test
    void onlyNonCapitalTownsUnderTheThresholdAreMinor() {
        assertTrue(StrayPlaces.isMinor(HEATHROW_FL));
        assertTrue(!StrayPlaces.isMinor(ORLANDO));
        assertTrue(!StrayPlaces.isMinor(Fixtures.city(1, "Vaduz", "PPLC", "LI", "11", 47.14, 9.52, 5_450)));
    }

    @Test
    void aFarHamletWithAContainerLiesInTheContainer() {
        List<Mention> ms = resolve("From London to Rockingham, Northamptonshire, and back.",
                "London", "Rockingham", "Northamptonshire");
        assertEquals(NORTHAMPTONSHIRE, ms.get(1).place());
        ms = resolve("From London to Rockingham and Northamptonshire.", "London", "Rockingham", "Northamptonshire");
        assertEquals(LONDON, ms.get(1).place(), "no container: the focus");
        ms = resolve("Flights from London were searched at Heathrow, near Slough.", "London", "Heathrow", "Slough");
        assertEquals(SLOUGH, ms.get(1).place(), "the town right after it, as for a name the gazetteer lacks");
    }

    @Test
    void aFarTownNamedByANicknameLiesWhereTheStoryIs() {
        List<Mention> ms = resolve("A South Side man was stabbed in Chicago.", "South Side", "Chicago");
        assertEquals(CHICAGO, ms.get(0).place());
        ms = resolve("An Eltingville man was stabbed in Chicago.", "Eltingville", "Chicago");
        assertEquals(ELTINGVILLE, ms.get(0).place(), "by its own name, a town of 10,000 stays");
    }
}
