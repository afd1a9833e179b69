package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** A region word next to a name makes it the region's name. */
class RegionHeadsTest {

    private static final Place KURSK = Fixtures.city(538560, "Kursk", "PPLA", "RU", "41", 51.73733, 36.18735, 448_733);
    private static final Place KURSK_OBLAST = new Place(-2007300, "Kurskaya Oblast'", "A", "ADM1", "RU", "41",
            51.5, 36.0, 1_100_000, null);
    private static final Place SUMY = Fixtures.city(692194, "Sumy", "PPLA", "UA", "21", 50.9216, 34.80029, 268_409);
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(KURSK, List.of("Koursk", "Курск"));
        names.put(KURSK_OBLAST, List.of());
        names.put(SUMY, List.of("Soumy"));
        names.put(Fixtures.RUSSIA, List.of("Russie"));
        return InMemoryGazetteer.of(names, Map.of());
    }

    private static List<String> places(String text, String lang) {
        return GEO.parse(text, lang).mentions().stream().map(m -> m.place().name()).toList();
    }

    @Test
    void aRegionWordNextToTheSeatsNameGivesTheRegionItGoverns() {
        assertEquals(List.of("Kurskaya Oblast'"), places("Des drones ont frappé la région de Koursk.", "fr"));
        assertEquals(List.of("Kurskaya Oblast'"), places("Drones hit the Kursk region overnight.", "en"));
        assertEquals(List.of("Kursk"), places("Des drones ont frappé Koursk.", "fr"), "the town without the word");
        assertEquals(List.of("Sumy"), places("Des drones ont frappé la région de Soumy.", "fr"),
                "no unit known: the seat stays");
    }
}
