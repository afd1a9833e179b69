package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class CandidateFactsTest {

    private static Resolver.Item item(String key, List<Place> cands) {
        return new Resolver.Item(new Span(0, key.length(), -1, -1, key, false), key.length(), cands);
    }

    @Test
    void theSameCandidateListComesBackFromTheCache() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 10);
        List<Place> cands = List.of(ResolverTest.MEXICO, ResolverTest.MEXICO_CITY, ResolverTest.MEXICO_MO);
        CandidateFacts a = cache.of(item("mexico", cands));
        assertSame(a, cache.of(item("mexico", cands)));
        assertArrayEquals(CandidatePriors.of("mexico", cands, ResolverWeights.DEFAULTS), a.prior);
    }

    @Test
    void anotherCandidateListForTheSameNameGetsItsOwnFacts() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 10);
        CandidateFacts a = cache.of(item("mexico", List.of(ResolverTest.MEXICO, ResolverTest.MEXICO_MO)));
        CandidateFacts b = cache.of(item("mexico", new ArrayList<>(List.of(ResolverTest.MEXICO_MO))));
        assertNotSame(a, b);
        assertEquals(List.of(ResolverTest.MEXICO_MO), b.cands);
        assertEquals(1, b.prior.length);
    }

    @Test
    void countriesGetOneNumberEachAndNoneForAnEmptyCode() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        CandidateFacts f = cache.of(item("x", List.of(ResolverTest.MEXICO, ResolverTest.OCEAN,
                ResolverTest.MEXICO_CITY, ResolverTest.MIAMI)));
        assertEquals(f.country[0], f.country[2]);
        assertEquals(-1, f.country[1]);
        assertEquals(f.country[3], cache.countryId("US"));
        assertEquals(Math.max(f.country[0], f.country[3]) + 1, f.countryEnd);
    }

    @Test
    void aCountyHoldingATownOfItsNameIsNoCountyBox() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        Place city = Fixtures.city(1, "St. Louis", "PPLA2", "US", "MO", 38.63, -90.2, 300_000);
        Place county = new Place(2, "St. Louis County", "A", "ADM2", "US", "MO", 38.6, -90.4, 1_000_000,
                new BBox(-90.8, 38.3, -90.1, 38.9));
        Place farCounty = new Place(3, "St. Louis County", "A", "ADM2", "US", "MN", 47.6, -92.5, 200_000,
                new BBox(-93.1, 46.6, -91.7, 48.4));
        Place noBox = new Place(4, "St. Louis County", "A", "ADM2", "US", "XX", 40, -90, 1000, null);
        CandidateFacts f = cache.of(item("st. louis", List.of(city, county, farCounty, noBox)));
        assertFalse(f.countyBox[0], "a town");
        assertFalse(f.countyBox[1], "holds St. Louis, the city");
        assertTrue(f.countyBox[2]);
        assertFalse(f.countyBox[3], "no extent");
        assertEquals(county.lat(), f.lat[1]);
        assertEquals(county.lon(), f.lon[1]);
    }
}
