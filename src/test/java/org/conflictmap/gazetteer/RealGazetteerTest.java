package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the project's committed gazetteer (gazetteer/gazetteer.bin) against the lookups the project
 * promises. Skipped, with a message, when the file has not been built.
 */
class RealGazetteerTest {

    private static final Path FILE = Path.of("gazetteer", "gazetteer.bin");
    private static MappedGazetteer g;

    @BeforeAll
    static void open() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FILE),
                "gazetteer/gazetteer.bin absent: build it with scripts/build-gazetteer.sh to run these checks");
        g = MappedGazetteer.open(FILE);
    }

    private static List<Place> c(String name) {
        return g.candidates(NameNormalizer.normalize(name));
    }

    @Test
    void frenchNamesOfTheSeedArticleResolve() {
        assertEquals(524901, c("Moscou").get(0).id());
        assertEquals(616052, c("Erevan").get(0).id());
        assertEquals(587084, c("Bakou").get(0).id());
        assertEquals(146970, c("Stepanakert").get(0).id());
        assertEquals(2988507, c("Paris").get(0).id());
    }

    @Test
    void countryNamesResolveToCountries() {
        String[][] cases = {{"Arménie", "AM"}, {"Azerbaïdjan", "AZ"}, {"Turquie", "TR"}, {"Russie", "RU"},
            {"États-Unis", "US"}, {"Géorgie", "GE"}, {"l'Arménie", "AM"}};
        for (String[] k : cases) {
            Place p = c(k[0]).get(0);
            assertTrue(p.isCountry(), k[0] + " -> " + p);
            assertEquals(k[1], p.country(), k[0]);
            assertEquals(p, g.country(k[1]).orElseThrow());
        }
        Place russia = g.country("RU").orElseThrow();
        assertEquals(60, russia.lat(), 1.0);
        assertEquals(100, russia.lon(), 1.0);
    }

    @Test
    void usParisExists() {
        assertTrue(c("Paris").stream().anyMatch(p -> p.country().equals("US") && p.isPopulatedPlace()));
    }

    @Test
    void nagornoKarabakhIsARegionNearStepanakert() {
        List<Place> hits = c("Haut-Karabakh");
        assertFalse(hits.isEmpty(), "Haut-Karabakh missing (gazetteer/data/regions.tsv)");
        Place nk = hits.get(0);
        assertFalse(nk.isPopulatedPlace(), nk.toString());
        assertTrue(GeoMath.distanceKm(39.9, 46.7, nk.lat(), nk.lon()) < 60, nk.toString());
    }

    @Test
    void adminUnitsCountiesAbbreviationsAndCodes() {
        Place texas = g.admin1("US", "TX").orElseThrow();
        assertEquals(texas, c("Texas").get(0));
        assertEquals(texas, c("Tex.").get(0));
        Place laurel = c("Laurel County").get(0);
        assertEquals("A.ADM2", laurel.feature());
        assertEquals("KY", laurel.admin1());
        assertEquals("AZ", g.countryByFips("AJ").orElseThrow().country());
        assertEquals("RU", g.countryByFips("RS").orElseThrow().country());
        assertEquals("AM", g.countryByIso3("ARM").orElseThrow().country());
        assertTrue(g.isDemonymKey(NameNormalizer.normalize("azerbaïdjanais")));
        assertEquals("AZ", c("azerbaïdjanais").get(0).country());
        assertEquals(146970, g.nearestPopulated(39.82, 46.75, 5).orElseThrow().id());
    }
}
