package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class SpanBoundsTest {

    private static final Place RHINE = new Place(2746400, "Rhine", "H", "STM", "DE", "00", 51.9, 6.1, 0, null);
    private static final Place BLACK_SEA = new Place(630673, "Black Sea", "H", "SEA", "", "", 43.0, 35.0, 0, null);
    private static final Place MOLE = Fixtures.city(9101, "La Môle", "PPL", "FR", "93", 43.2, 6.5, 1_000);
    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    private static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(Fixtures.RUSSIA, List.of("Russie", "Allemagne"));
        names.put(Fixtures.FRANCE, List.of("France"));
        names.put(Fixtures.MOSCOW, List.of("Moscou"));
        names.put(RHINE, List.of("Rhin"));
        names.put(BLACK_SEA, List.of("mer Noire"));
        names.put(Fixtures.NEW_YORK, List.of("Mer"));
        names.put(MOLE, List.of("Môle"));
        return InMemoryGazetteer.of(names, Map.of(Fixtures.FRANCE, List.of("français", "française")));
    }

    private static List<String> surfaces(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (Mention m : GEO.parse(text, lang).mentions()) {
            out.add(text.substring(m.start(), m.end()));
        }
        return out;
    }

    @Test
    void aGenericHeadWithDeAndAnArticleBelongsToTheName() {
        assertEquals(List.of("village de la Môle", "Moscou"), surfaces("Près du village de la Môle et de Moscou.", "fr"));
        assertEquals(List.of("canal du Rhin", "Moscou"), surfaces("Les travaux du canal du Rhin et de Moscou.", "fr"));
        assertEquals(List.of("Russie", "Moscou"), surfaces("La place de la Russie à Moscou.", "fr"),
                "a country has no head");
    }

    @Test
    void aHeadRightBeforeTheNameAndOutreBelongToIt() {
        assertEquals(List.of("mer Noire", "Moscou"), surfaces("La flotte quitte la mer Noire pour Moscou.", "fr"));
        assertEquals(List.of("Moscou"), surfaces("La mer est noire à Moscou.", "fr"), "a head alone is no name");
        assertEquals(List.of("lac Moscou"), surfaces("Près du lac Moscou.", "fr"), "the head joins a name it precedes");
        assertEquals(List.of("outre-Rhin", "Moscou"), surfaces("Les gens d'outre-Rhin et de Moscou.", "fr"));
        assertEquals(List.of("Moscou"), surfaces("The lac Moscou.", "en"), "French heads only in French");
    }

    @Test
    void aRegionalAdjectiveOrCompassPointEndsTheName() {
        assertEquals(List.of("Russie occidentale", "Moscou"), surfaces("En Russie occidentale, à Moscou.", "fr"));
        assertEquals(List.of("Allemagne du Sud", "Moscou"), surfaces("Les troupes de l'Allemagne du Sud à Moscou.", "fr"));
        assertEquals(List.of("Moscou"), surfaces("Le centre de Moscou occidentale.", "fr"), "a city is no area");
        assertEquals(List.of("Russie"), surfaces("The Russie occidentale.", "en"));
    }

    @Test
    void abbreviationsKeepTheirDot() {
        assertEquals(true, SpanBounds.isAbbreviationOf("calif", "california"));
        assertEquals(false, SpanBounds.isAbbreviationOf("ca", "cab"));
        assertEquals(false, SpanBounds.isAbbreviationOf("new york", "new york city"), "the name's first words");
        assertEquals(true, SpanBounds.isAbbreviationOf("n york", "new york city"));
    }
}
