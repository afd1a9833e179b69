package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class ResolverRoundTest {

    private static ResolverGroup group(CandidateFacts.Cache cache, String key, Place p) {
        Resolver.Item it = new Resolver.Item(new Span(0, 1, -1, -1, key, false), 1, List.of(p));
        return new ResolverGroup(cache.of(it));
    }

    @Test
    void eachPointKnowsTheFirstPointAtItsSpot() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 10);
        List<ResolverGroup> gs = new ArrayList<>();
        gs.add(group(cache, "a", Fixtures.city(1, "A", "PPL", "US", "NY", 10, 20, 100)));
        gs.add(group(cache, "b", Fixtures.city(2, "B", "PPL", "US", "NY", 10, 20, 200)));
        gs.add(group(cache, "c", Fixtures.city(3, "C", "PPL", "US", "NY", 0.0, 5, 300)));
        gs.add(group(cache, "ocean", new Place(4, "Ocean", "H", "OCN", "", "", 1, 1, 0, null)));
        gs.add(group(cache, "d", Fixtures.city(5, "D", "PPL", "US", "NY", -0.0, 5, 400)));
        gs.add(group(cache, "e", Fixtures.city(6, "E", "PPL", "US", "NY", 10, 21, 500)));
        ResolverRound r = new ResolverRound();
        r.start(gs);
        r.collect(gs, ResolverWeights.DEFAULTS);
        assertEquals(5, r.np, "the ocean is an area, no point");
        assertArrayEquals(new int[] {0, 0, 2, 2, 4}, Arrays.copyOf(r.firstAt, r.np),
                "the same spot as an earlier point (-0.0 is 0.0, as == says): that point");
        assertEquals(-1, gs.get(3).point);
        assertEquals(3, gs.get(4).point);
    }

    @Test
    void countSaysHowManyAdminAndTownPicksEqualAPlace() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        Place ny = Fixtures.admin1(10, "New York", "US", "NY", 43, -75, 19_000_000);
        Place nyAgain = Fixtures.admin1(10, "New York", "US", "NY", 43, -75, 19_000_000);
        Place town = Fixtures.city(11, "Albany", "PPLA", "US", "NY", 42.65, -73.75, 97_000);
        Place ocean = new Place(12, "Ocean", "H", "OCN", "", "", 1, 1, 0, null);
        List<ResolverGroup> gs = new ArrayList<>();
        gs.add(group(cache, "new york", ny));
        gs.add(group(cache, "ny", nyAgain));
        gs.add(group(cache, "albany", town));
        gs.add(group(cache, "ocean", ocean));
        ResolverRound r = new ResolverRound();
        r.start(gs);
        r.collect(gs, ResolverWeights.DEFAULTS);
        assertEquals(2, r.count(ny), "an equal place picked by another group counts");
        assertEquals(1, r.count(town));
        assertEquals(0, r.count(ocean), "an area is no admin-1 or town pick");
        assertEquals(0, r.count(Fixtures.city(11, "Albany", "PPL", "US", "GA", 31.58, -84.16, 69_000)),
                "the same id, another place");
        assertEquals(0, r.count(Fixtures.city(13, "Troy", "PPL", "US", "NY", 42.73, -73.69, 50_000)));
    }

    @Test
    void countAgreesWithComparingEveryPickForManyIds() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        Random rnd = new Random(7);
        List<ResolverGroup> gs = new ArrayList<>();
        List<Place> picked = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = rnd.nextInt(1_000_000) * (rnd.nextBoolean() ? 1L : -1L);
            Place p = Fixtures.city(id, "P" + i, "PPL", "US", "NY", rnd.nextDouble() * 50, rnd.nextDouble() * 50, 1000);
            picked.add(p);
            gs.add(group(cache, "p" + i, p));
        }
        ResolverRound r = new ResolverRound();
        r.start(gs);
        r.collect(gs, ResolverWeights.DEFAULTS);
        for (Place p : picked) {
            assertEquals(1, r.count(p));
        }
        int hits = 0;
        for (int i = 0; i < 5000; i++) {
            Place q = Fixtures.city(rnd.nextInt(2_000_000) - 1_000_000, "Q", "PPL", "US", "NY", 1, 1, 1000);
            assertEquals(0, r.count(q));
            hits += picked.stream().anyMatch(p -> p.id() == q.id()) ? 1 : 0;
        }
        assertTrue(hits < 5, "ids of picks are rare among random ids");
    }

    @Test
    void aRoundGrowsForADocumentLargerThanItsRoomAndServesSmallerOnesAfter() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        ResolverRound r = new ResolverRound();
        for (int groups : new int[] {3, ResolverRound.ROOM * 3, 5}) {
            List<ResolverGroup> gs = new ArrayList<>();
            List<Place> picked = new ArrayList<>();
            for (int i = 0; i < groups; i++) {
                Place p = Fixtures.city(1000 + i, "P" + i, "PPL", "US", "NY", i * 0.01, i * 0.02, 1000);
                picked.add(p);
                gs.add(group(cache, "p" + i, p));
            }
            r.start(gs);
            r.collect(gs, ResolverWeights.DEFAULTS);
            assertEquals(groups, r.np);
            assertEquals(groups, r.na);
            for (int i = 0; i < groups; i++) {
                assertEquals(i, r.firstAt[i], "every point at a spot of its own");
                assertEquals(1, r.count(picked.get(i)));
            }
        }
    }
}
