package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
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
}
