package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** Capitalised country names that are also a demonym key in another language are toponyms. */
class CountryNameFormsTest {

    private static final Place SYRIA = Fixtures.country(163843, "Syria", "SY", 35, 38, 22_933_531);
    private static final Place RUSSIA = Fixtures.RUSSIA;
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(SYRIA, List.of("Siria", "Syrien", "Syrie"));
        names.put(RUSSIA, List.of("Rusia"));
        Map<Place, List<String>> demonyms = new LinkedHashMap<>();
        demonyms.put(SYRIA, List.of("siria", "sirio", "sirios", "syrien", "syriens", "Syrer", "Syrian"));
        demonyms.put(RUSSIA, List.of("rusos", "Russian"));
        return InMemoryGazetteer.of(names, demonyms);
    }

    private static List<String> kinds(String text, String lang) {
        return GEO.parse(text, lang).mentions().stream()
                .map(m -> m.surface() + ":" + m.kind().name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void capitalisedInALanguageThatWritesDemonymsInLowerCaseIsTheCountry() {
        assertEquals(List.of("Siria:toponym", "sirios:demonym"), kinds("La guerra en Siria y los refugiados sirios.", "es"));
        assertEquals(List.of("Siria:toponym"), kinds("Siria acusa al vecino.", "es"), "a singular feminine form");
        assertEquals(List.of("Sirios:demonym"), kinds("Sirios y turcos huyen.", "es"), "a plural noun at the start");
    }

    @Test
    void germanCountryNamesInIenAreNoDemonyms() {
        assertEquals(List.of("Syrien:toponym", "Syrer:demonym"), kinds("Die Armee griff Syrien an. Zwei Syrer flohen.", "de"));
    }

    @Test
    void frenchAndEnglishDemonymNounsStayDemonyms() {
        assertEquals(List.of("Syriens:demonym", "Syrie:toponym"), kinds("Les Syriens ont fui la Syrie.", "fr"));
        assertEquals(List.of("Syrian:demonym"), kinds("A Syrian official spoke.", "en"));
    }
}
