package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class CandidatePriorsTest {

    private static final ResolverWeights W = ResolverWeights.DEFAULTS;

    private static Place town(long id, String name, String code, String cc, String a1, double lat, double lon, long pop) {
        return new Place(id, name, "P", code, cc, a1, lat, lon, pop, null);
    }

    private static Place area(long id, String name, String code, String cc, String a1, double lat, double lon, long pop,
                              BBox box) {
        return new Place(id, name, "A", code, cc, a1, lat, lon, pop, box);
    }

    private static int best(double[] prior) {
        int b = 0;
        for (int k = 1; k < prior.length; k++) {
            if (prior[k] > prior[b]) {
                b = k;
            }
        }
        return b;
    }

    @Test
    void aCityDistrictYieldsToTheTownInsideIt() {
        Place district = area(-2, "Stepanakert", "ADM1", "AZ", "61", 39.83, 46.77, 53_100,
                new BBox(46.7, 39.78, 46.82, 39.87));
        Place town = town(146970, "Xankandi", "PPL", "AZ", "61", 39.8177, 46.7528, 53_100);
        double[] p = CandidatePriors.of("stepanakert", List.of(district, town), W);
        assertEquals(1, best(p));
        assertTrue(Priors.prior(district, 0, W) > Priors.prior(town, 1, W), "the plain prior alone prefers the unit");
    }

    @Test
    void aTownAUnitYieldedToKeepsTheUnitsWeightAgainstAForeignNamesake() {
        Place mozambique = area(-2005396, "Gaza", "ADM1", "MZ", "02", -23.31, 32.79, 273_382, null);
        Place strip = area(-2004410, "Gaza Strip", "ADM1", "PS", "GZ", 31.39, 34.35, 1_189_142,
                new BBox(34.2, 31.2, 34.57, 31.6));
        Place city = town(281133, "Gaza", "PPLA", "PS", "GZ", 31.50, 34.47, 410_000);
        // in the gazetteer's order (by population)
        assertTrue(Priors.prior(mozambique, 2, W) > Priors.prior(city, 0, W), "the plain prior prefers the province");
        double[] p = CandidatePriors.of("gaza", List.of(city, strip, mozambique), W);
        assertEquals(0, best(p));
        // with no foreign namesake, the town keeps its own prior
        double[] alone = CandidatePriors.of("gaza", List.of(city, strip), W);
        assertEquals(0, best(alone));
        assertEquals(Priors.prior(city, 0, W), alone[0], 1e-12);
    }

    @Test
    void aMetropolisNamedInTranslationLosesItsBonusToTownsOfThatName() {
        Place belem = town(3405870, "Belém", "PPLA", "BR", "16", -1.46, -48.50, 1_499_641);
        Place za = town(1019704, "Bethlehem", "PPLA3", "ZA", "03", -28.23, 28.31, 83_654);
        Place ps = town(284315, "Bethlehem", "PPLA2", "PS", "WE", 31.70, 35.20, 29_019);
        double[] p = CandidatePriors.of("bethlehem", List.of(belem, za, ps), W);
        assertEquals(Priors.prior(belem, 0, W) - W.metropolis(), p[0], 1e-12);
        // a hamlet of that name is no reason ("White House", Tennessee, for Casablanca)
        Place casablanca = town(2553604, "Casablanca", "PPLA", "MA", "06", 33.59, -7.61, 3_144_909);
        Place hamlet = town(4667282, "White House", "PPL", "US", "TN", 36.47, -86.65, 11_226);
        assertEquals(Priors.prior(casablanca, 0, W) - W.variantPenalty(),
                CandidatePriors.of("white house", List.of(casablanca, hamlet), W)[0], 1e-12);
        // nor a place of the metropolis' own country: "Kiev" is Kyiv
        Place kyiv = town(703448, "Kyiv", "PPLC", "UA", "12", 50.45, 30.52, 2_797_553);
        Place unit = town(703447, "Kiev", "PPL", "UA", "12", 50.45, 30.52, 25_000);
        Place other = town(1, "Kiev", "PPL", "RU", "01", 50.0, 40.0, 30_000);
        assertEquals(Priors.prior(kyiv, 0, W) - W.variantPenalty(),
                CandidatePriors.of("kiev", List.of(kyiv, unit, other), W)[0], 1e-12, "the metropolis bonus stays");
    }

    @Test
    void aTownUnderItsOwnNameBeatsANotMuchLargerTownOfWhichItIsAnAlternateName() {
        Place gori = town(614455, "Gori", "PPLA", "GE", "73", 41.98, 44.12, 45_557);
        Place goris = town(174895, "Goris", "PPL", "AM", "08", 39.51, 46.34, 20_379);
        assertTrue(Priors.prior(gori, 0, W) > Priors.prior(goris, 1, W), "the plain prior prefers the seat");
        assertEquals(1, best(CandidatePriors.of("goris", List.of(gori, goris), W)));
        // a much larger place keeps its alternate name: "Kiev" is Kyiv, not a village called Kiev
        Place kyiv = town(703448, "Kyiv", "PPLC", "UA", "12", 50.45, 30.52, 2_797_553);
        Place village = town(1, "Kiev", "PPL", "RU", "01", 50.0, 40.0, 2_000);
        assertEquals(0, best(CandidatePriors.of("kiev", List.of(kyiv, village), W)));
    }

    @Test
    void aLargeAdmin1UnitKeepsItsPriorOverItsNamesakeTown() {
        Place province = area(-3, "Quebec", "ADM1", "CA", "10", 52.0, -72.0, 7_000_000,
                new BBox(-79.8, 45.0, -57.1, 62.6));
        Place city = town(6325494, "Québec", "PPLA", "CA", "10", 46.81, -71.21, 528_000);
        double[] p = CandidatePriors.of("quebec", List.of(province, city), W);
        assertEquals(Priors.prior(province, 0, W), p[0], 1e-9);
        assertEquals(0, best(p));
    }

    @Test
    void anIndependentCityCountyYieldsToTheCity() {
        Place county = area(-3051710, "Norfolk", "ADM2", "US", "VA", 36.9, -76.26, 246_393,
                new BBox(-76.35, 36.82, -76.17, 36.97));
        Place city = town(4776222, "Norfolk", "PPLA2", "US", "VA", 36.84681, -76.28522, 246_393);
        double[] p = CandidatePriors.of("norfolk", List.of(county, city), W);
        assertEquals(1, best(p));
    }

    @Test
    void aCountryNamedLikeItsCapitalInSomeLanguageYieldsToTheCapital() {
        Place tunisia = new Place(-1000507, "Tunisia", "A", "PCLI", "TN", "", 34, 9, 10_000_000, null);
        Place tunis = town(2464470, "Tunis", "PPLC", "TN", "38", 36.82, 10.17, 693_210);
        double[] p = CandidatePriors.of("tunis", List.of(tunisia, tunis), W);
        assertEquals(1, best(p));
        // under its own name the country still wins over a same-named capital
        Place mexico = new Place(-1, "Mexico", "A", "PCLI", "MX", "", 23, -102, 100_000_000, null);
        Place mexicoCity = town(3530597, "Mexico City", "PPLC", "MX", "09", 19.43, -99.13, 12_294_193);
        assertEquals(0, best(CandidatePriors.of("mexico", List.of(mexico, mexicoCity), W)));
    }

    @Test
    void aVariantNameOfAnEnglishNamedTownLosesToThePlaceThatBearsIt() {
        Place richmond = town(4781708, "Richmond", "PPLA", "US", "VA", 37.55, -77.46, 226_610);
        Place manchester = town(2643123, "Manchester", "PPLA2", "GB", "ENG", 53.48, -2.24, 395_515);
        double[] p = CandidatePriors.of("manchester", List.of(richmond, manchester), W);
        assertEquals(Priors.prior(richmond, 0, W) - W.variantPenalty(), p[0], 1e-9);
        assertEquals(1, best(p));
        // "New York City" bears "New York" as its own name
        Place nyc = town(5128581, "New York City", "PPL", "US", "NY", 40.71, -74.01, 8_175_133);
        Place hamlet = town(1, "New York", "PPL", "GB", "ENG", 53.08, -0.14, 600);
        assertEquals(Priors.prior(nyc, 0, W), CandidatePriors.of("new york", List.of(nyc, hamlet), W)[0], 1e-9);
    }

    @Test
    void anExonymOfAForeignCityIsNotAVariant() {
        Place geneve = town(2660646, "Genève", "PPLA", "CH", "GE", 46.2, 6.15, 183_981);
        Place genevaIl = town(4893591, "Geneva", "PPLA2", "US", "IL", 41.89, -88.31, 21_806);
        double[] p = CandidatePriors.of("geneva", List.of(geneve, genevaIl), W);
        assertEquals(Priors.prior(geneve, 0, W), p[0], 1e-9);
        assertEquals(0, best(p));
    }

    @Test
    void aFormerNameUnrelatedToTheOwnNameLosesToThePlaceThatBearsIt() {
        Place harare = town(890299, "Harare", "PPLC", "ZW", "10", -17.83, 31.05, 1_542_813);
        Place salisbury = town(2638664, "Salisbury", "PPLA3", "GB", "ENG", 51.07, -1.80, 44_748);
        double[] p = CandidatePriors.of("salisbury", List.of(harare, salisbury), W);
        assertEquals(Priors.prior(harare, 0, W) - W.variantPenalty() - W.metropolis(), p[0], 1e-9,
                "another name, and a town of 20,000 or more bears it: no metropolis bonus either");
        assertEquals(Priors.prior(salisbury, 1, W), p[1], 1e-9);
        // without a place bearing the name as its own, the former name still finds the city
        assertEquals(Priors.prior(harare, 0, W), CandidatePriors.of("salisbury", List.of(harare), W)[0], 1e-9);
    }

    @Test
    void anExonymSharingLetterPairsWithTheLocalNameIsNoFormerName() {
        assertTrue(CandidatePriors.isUnrelatedName("salisbury", "Harare"));
        assertTrue(CandidatePriors.isUnrelatedName("white house", "Casablanca"));
        assertFalse(CandidatePriors.isUnrelatedName("pekin", "Beijing"));
        assertFalse(CandidatePriors.isUnrelatedName("florence", "Firenze"));
        assertFalse(CandidatePriors.isUnrelatedName("moscou", "Moscow"));
        // another script is not compared: a Cyrillic name of Moscow is its name
        assertFalse(CandidatePriors.isUnrelatedName("москва", "Moscow"));
        Place beijing = town(1816670, "Beijing", "PPLC", "CN", "22", 39.91, 116.40, 18_960_744);
        Place pekin = town(4905687, "Pekin", "PPLA2", "US", "IL", 40.57, -89.64, 33_223);
        double[] p = CandidatePriors.of("pekin", List.of(beijing, pekin), W);
        assertEquals(Priors.prior(beijing, 0, W) - W.metropolis(), p[0], 1e-9,
                "no variant penalty; the metropolis bonus goes, as a town of 20,000 bears the name");
        assertEquals(0, best(p));
    }

    @Test
    void anAdmin1UnitsPriorGrowsWithItsPopulationAndAnUnknownOneIsNotEmpty() {
        Place big = area(1, "California", "ADM1", "US", "CA", 37.25, -119.75, 36_000_000, null);
        Place small = area(2, "Portland", "ADM1", "JM", "07", 18.1, -76.5, 20_000, null);
        Place unknown = area(3, "Somewhere", "ADM1", "XX", "01", 0, 0, 0, null);
        Place portland = town(5746545, "Portland", "PPLA2", "US", "OR", 45.52, -122.68, 652_503);
        assertTrue(Priors.prior(big, 0, W) > Priors.prior(small, 0, W));
        assertTrue(Priors.prior(unknown, 0, W) > Priors.prior(small, 0, W));
        assertTrue(Priors.prior(small, 0, W) - Priors.prior(portland, 0, W) < 1.5,
                "a small unit is not far ahead of a large same-named city, so context decides");
    }

    @Test
    void aLargeUnitYieldsToATownHoldingAQuarterOfItsPeople() {
        Place state = area(-2000018, "New York", "ADM1", "US", "NY", 43.0, -75.5, 19_000_000,
                new BBox(-79.8, 40.5, -71.8, 45.0));
        Place nyc = town(5128581, "New York City", "PPL", "US", "NY", 40.71, -74.01, 8_175_133);
        assertEquals(1, best(CandidatePriors.of("new york", List.of(state, nyc), W)));
    }

    @Test
    void theAtlanticIsTheOceanNotASmallTown() {
        Place ocean = new Place(-1, "Atlantic Ocean", "H", "OCN", "", "", 10, -25, 0, null);
        Place iowa = town(4847385, "Atlantic", "PPLA2", "US", "IA", 41.4, -95.0, 6_833);
        assertEquals(0, best(CandidatePriors.of("atlantic", List.of(ocean, iowa), W)));
    }

    @Test
    void aListIsNotAContainer() {
        String text = "After stops in Washington, New York and Boston, he left.";
        Place dc = town(4140963, "Washington", "PPLC", "US", "DC", 38.9, -77.04, 689_545);
        Place watervliet = town(4833276, "Watervliet", "PPL", "US", "NY", 42.73, -73.7, 10_214);
        Place state = area(-2000018, "New York", "ADM1", "US", "NY", 43.0, -75.5, 19_000_000, null);
        Place boston = town(4930956, "Boston", "PPLA", "US", "MA", 42.36, -71.06, 667_137);
        int w = text.indexOf("Washington");
        int ny = text.indexOf("New York");
        int b = text.indexOf("Boston");
        List<Resolver.Item> items = List.of(
                new Resolver.Item(new Span(w, w + 10, -1, -1, "washington", false), w + 10, List.of(dc, watervliet)),
                new Resolver.Item(new Span(ny, ny + 8, -1, -1, "new york", false), ny + 8, List.of(state)),
                new Resolver.Item(new Span(b, b + 6, -1, -1, "boston", false), b + 6, List.of(boston)));
        assertEquals(dc, new Resolver().resolve(text, items).get(0).place());
        // without the third item it reads as "Washington, New York": the place of that name in New York
        assertEquals(watervliet, new Resolver().resolve(text, items.subList(0, 2)).get(0).place());
    }
}
