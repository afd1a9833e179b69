package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** Which minor places the geoparser keeps without a locative preposition. */
class WeakSupportTest {

    private static final Place LUGANO = Fixtures.city(2659836, "Lugano", "PPLA2", "CH", "TI", 46.01, 8.96, 63_000);
    private static final Place MENDRISIO = Fixtures.city(2659689, "Mendrisio", "PPLA2", "CH", "TI", 45.87, 8.98, 7_310);
    private static final Place OSLO_TOWN = Fixtures.city(9201, "Holmen", "PPL", "NO", "12", 59.9, 10.7, 3_000);
    private static final Place PRUSSIA = new Place(-2054908211, "Prussia", "L", "RGN", "", "", 52.5, 15.0, 0, null);
    private static final Place NORWAY = Fixtures.country(3144096, "Norvège", "NO", 62.0, 10.0, 5_314_336);
    private static final Place SEAT = Fixtures.city(3133880, "Tromsø", "PPLA", "NO", "19", 69.65, 18.96, 52_436);
    private static final Place TOWN = Fixtures.city(3161732, "Bergen", "PPLA2", "NO", "46", 60.39, 5.32, 150_000);
    private static final Place VILLAGE = Fixtures.city(3155041, "Grimstad", "PPLA2", "NO", "42", 58.34, 8.59, 11_000);
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(LUGANO, List.of());
        names.put(MENDRISIO, List.of());
        names.put(OSLO_TOWN, List.of());
        names.put(PRUSSIA, List.of("Prusse"));
        names.put(NORWAY, List.of());
        names.put(SEAT, List.of());
        names.put(TOWN, List.of());
        names.put(VILLAGE, List.of());
        return InMemoryGazetteer.of(names, Map.of());
    }

    private static List<String> surfaces(String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : GEO.parse(text, "fr").mentions()) {
            out.add(m.surface());
        }
        return out;
    }

    @Test
    void twoMinorPlacesNearEachOtherSupportEachOther() {
        assertEquals(List.of("Lugano", "Mendrisio"), surfaces("Signé : E. Bossi (Lugano), A. Borelli (Mendrisio)."));
        assertEquals(List.of(), surfaces("Signé : E. Bossi (Lugano), A. Borelli (Holmen)."), "too far apart");
        assertEquals(List.of(), surfaces("Signé : E. Bossi (Lugano), A. Borelli (Lugano)."), "one name twice");
    }

    @Test
    void aNamedRegionNeedsNoSupport() {
        assertEquals(List.of("Prusse"), surfaces("La Prusse a vendu des fusils."));
    }

    @Test
    void entreAndDevantIntroducePlaces() {
        assertEquals(List.of("Lugano"), surfaces("Le siège devant Lugano dura."));
        assertEquals(List.of(), surfaces("Signé : Bossi, Lugano, et Holmen."), "et is no locative");
    }

    @Test
    void aPrepositionGovernsTheWholeListOfNamesAfterIt() {
        assertEquals(List.of("Lugano", "Holmen"), surfaces("La route entre Lugano et Holmen."));
        assertEquals(List.of("Lugano", "Mendrisio", "Holmen"), surfaces("Des combats à Lugano, Mendrisio ou Holmen."));
        assertEquals(List.of("Lugano"), surfaces("Des combats à Lugano. Et Holmen a voté."), "a new sentence");
        assertEquals(List.of("Lugano"), surfaces("Des combats à Lugano puis Holmen."), "puis is no conjunction");
    }

    @Test
    void aCountryTheTextNamesSupportsTheSeatsAndLargeTownsInIt() {
        assertEquals(List.of("Tromsø", "Norvège"), surfaces("Les rebelles ont pris Tromsø, dit la Norvège."));
        assertEquals(List.of("Bergen", "Norvège"), surfaces("Les rebelles ont pris Bergen, dit la Norvège."));
        assertEquals(List.of("Norvège"), surfaces("Les rebelles ont pris Grimstad, dit la Norvège."), "a small town");
        assertEquals(List.of(), surfaces("Les rebelles ont pris Tromsø hier."), "no country named");
    }
}
