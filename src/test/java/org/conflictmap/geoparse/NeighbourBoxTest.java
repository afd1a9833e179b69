package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** A country the text names speaks for the towns in its box, across the border too. */
class NeighbourBoxTest {

    private static final BBox ISRAEL_BOX = new BBox(34.25, 29.49, 35.89, 33.41);
    private static final Place ISRAEL = country(294640, "Israel", "IL", 31.5, 34.75, 8_000_000, ISRAEL_BOX);
    private static final Place ISRAEL_NO_BOX = country(294640, "Israel", "IL", 31.5, 34.75, 8_000_000, null);
    private static final Place FRANCE = country(3017382, "France", "FR", 46.0, 2.0, 66_987_244,
            new BBox(-5.14, 41.33, 9.56, 51.09));
    private static final Place GAZA_MZ = Fixtures.admin1(1045110, "Gaza", "MZ", "02", -23.31, 32.79, 273_382);
    private static final Place GAZA_PS = Fixtures.city(281133, "Gaza", "PPLA", "PS", "GZ", 31.50, 34.47, 410_000);
    private static final Place JERICHO = Fixtures.city(284899, "Jericho", "PPLA", "PS", "WE", 31.87, 35.45, 19_783);
    private static final Place QALQILYA = Fixtures.city(283046, "Qalqilya", "PPLA2", "PS", "WE", 32.19, 34.97,
            41_739);

    private static Place country(long id, String name, String cc, double lat, double lon, long pop, BBox box) {
        return new Place(id, name, "A", "PCLI", cc, "00", lat, lon, pop, box);
    }

    @Test
    void onlyASmallBoxThatDoesNotCrossTheAntimeridianSaysWhereACountryIs() {
        assertTrue(Priors.usableBox(ISRAEL_BOX));
        assertFalse(Priors.usableBox(new BBox(19.6, 41.2, 180, 81.9)), "Russia holds whole countries");
        assertFalse(Priors.usableBox(new BBox(172.4, 18.9, -66.9, 71.4)), "across the antimeridian");
        assertFalse(Priors.usableBox(null));
        assertTrue(Priors.inBox(ISRAEL, GAZA_PS));
        assertFalse(Priors.inBox(ISRAEL, GAZA_MZ));
        assertFalse(Priors.inBox(ISRAEL_NO_BOX, GAZA_PS));
        Place rafah = Fixtures.city(281102, "Rafah", "PPLA2", "PS", "GZ", 31.29722, 34.24357, 126_305);
        assertTrue(Priors.inBox(ISRAEL, rafah), "a border town just outside the outline's box");
        assertFalse(Priors.inBox(ISRAEL, Fixtures.city(1, "Far", "PPL", "EG", "27", 31.2, 34.0, 1000)));
    }

    @Test
    void aTownInTheBoxOfTheCountryTheStoryIsAboutBeatsAFarNamesake() {
        List<Place> gaza = List.of(GAZA_MZ, GAZA_PS);
        assertEquals(GAZA_PS, ResolverTest.resolve("Israel said troops entered Gaza.",
                "Israel", List.of(ISRAEL), "Gaza", gaza).get(1).place());
        assertEquals(GAZA_MZ, ResolverTest.resolve("Israel said troops entered Gaza.",
                "Israel", List.of(ISRAEL_NO_BOX), "Gaza", gaza).get(1).place(), "no box, no neighbourhood");
        assertEquals(GAZA_MZ, ResolverTest.resolve("France said troops entered Gaza.",
                "France", List.of(FRANCE), "Gaza", gaza).get(1).place(), "a box far away");
    }

    @Test
    void aCountryTheStoryNamesSupportsASeatInItsBoxButNotASmallTown() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(ISRAEL, List.of());
        names.put(JERICHO, List.of());
        names.put(QALQILYA, List.of());
        GazetteerGeoparser geo = GazetteerGeoparser.create(InMemoryGazetteer.of(names, Map.of()));
        assertEquals(List.of("Israel", "Jericho"),
                Fixtures.surfaces(geo, "Israel said soldiers raided Jericho and then Qalqilya.", "en"));
    }

    @Test
    void aSeatNamedWithoutItsArabicArticleIsNamedByItsOwnName() {
        Place syria = country(163843, "Syria", "SY", 35.0, 38.0, 22_933_531, new BBox(35.7, 32.3, 42.4, 37.3));
        Place hasakah = Fixtures.city(173811, "Al Ḩasakah", "PPLA", "SY", "01", 36.50237, 40.74772, 81_539);
        Place sanamayn = Fixtures.city(169375, "Aş Şanamayn", "PPLA2", "SY", "08", 33.07, 36.18, 26_268);
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(syria, List.of());
        names.put(hasakah, List.of("Hasakah"));
        names.put(sanamayn, List.of("Sanamayn"));
        GazetteerGeoparser geo = GazetteerGeoparser.create(InMemoryGazetteer.of(names, Map.of()));
        assertEquals(List.of("Syria", "Hasakah"),
                Fixtures.surfaces(geo, "Syria said shells hit Hasakah and then Sanamayn.", "en"));
    }
}
