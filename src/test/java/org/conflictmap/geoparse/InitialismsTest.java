package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class InitialismsTest {

    static final Place SOUTH_AFRICA = Fixtures.country(953987, "South Africa", "ZA", -29, 24, 49_000_000);
    static final Place SAUDI = Fixtures.country(102358, "Saudi Arabia", "SA", 25, 45, 25_731_776);
    static final Place USA = Fixtures.USA;
    static final Place NORTH_WEST = Fixtures.admin1(1085598, "North West", "ZA", "10", -26.5, 26, 3_500_000);
    static final Place LIMPOPO = Fixtures.admin1(1085597, "Limpopo", "ZA", "09", -24, 29.5, 5_400_000);
    static final Place RIYADH = Fixtures.city(108410, "Riyadh", "PPLC", "SA", "10", 24.69, 46.72, 4_205_961);

    static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(SOUTH_AFRICA, List.of());
        names.put(SAUDI, List.of());
        names.put(USA, List.of("US", "SA")); // "SA": a stray alternate name, as the real gazetteer has
        names.put(NORTH_WEST, List.of());
        names.put(LIMPOPO, List.of());
        names.put(RIYADH, List.of());
        return InMemoryGazetteer.of(names, Map.of());
    }

    static List<Mention> resolve(String text, String... surfaces) {
        return Fixtures.resolveSpans(GEO, text, surfaces);
    }

    @Test
    void lettersAndInitials() {
        assertEquals("SA", Initialisms.letters("SA"));
        assertEquals("SA", Initialisms.letters("S.A."));
        assertNull(Initialisms.letters("Sa"));
        assertNull(Initialisms.letters("A"));
        assertNull(Initialisms.letters(".SA"));
        assertEquals("DRC", Initialisms.letters("D.R.C"), "the dots left out, the letters kept in order");
        assertNull(Initialisms.letters("S.A.B.C.D."), "five letters are no initialism");
        assertNull(Initialisms.letters("SAXON"));
        assertNull(Initialisms.letters(""));
        assertEquals("DRC", Initialisms.initials("Democratic Republic of the Congo"));
        assertEquals("SA", Initialisms.initials("South Africa"));
    }

    @Test
    void anInitialismIsThePlaceOfTheStoryItsLettersSpell() {
        List<Mention> ms = resolve("Chiefs in North West and Limpopo hold land in post-apartheid SA.",
                "North West", "Limpopo", "SA");
        assertEquals(SOUTH_AFRICA, ms.get(2).place());
        ms = resolve("Flights from Riyadh: SA buys arms.", "Riyadh", "SA");
        assertEquals(SAUDI, ms.get(1).place());
        ms = resolve("Chiefs in SA hold land.", "SA");
        assertEquals(USA, ms.get(0).place(), "nothing else to go by: the gazetteer's reading");
    }

    @Test
    void anInitialismTheStorySupportsStays() {
        List<Mention> ms = resolve("Chiefs in Limpopo met the US envoy, then SA officials.", "Limpopo", "US", "SA");
        assertEquals(SOUTH_AFRICA, ms.get(2).place());
        assertEquals(USA, ms.get(1).place(), "US is not an initialism of a place of the story, and stays");
    }
}
