package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class ResolverGroupTest {

    private static final double[] VALUES = {0.0, -0.0, 1.5, -2.0, 3.25, Double.NaN, 1.5};

    @Test
    void theFirstIndexesOfTheOrderAreThoseOfTheWholeSort() {
        Random rnd = new Random(3);
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        for (int trial = 0; trial < 500; trial++) {
            List<Place> ps = new ArrayList<>();
            for (int k = rnd.nextInt(12); k >= 0; k--) {
                ps.add(Fixtures.city(k, "N", "PPL", "US", "01", 1, 2, 100));
            }
            ResolverGroup g = new ResolverGroup(cache.uncached("n", ps));
            for (int k = 0; k < g.n; k++) {
                g.score[k] = VALUES[rnd.nextInt(VALUES.length)]; // ties, NaN, -0.0 as Double.compare orders them
            }
            int[] all = g.order();
            for (int max = 0; max <= ps.size() + 1; max++) {
                int[] some = new int[max];
                int len = g.order(some, max);
                assertArrayEquals(Arrays.copyOf(all, Math.min(max, all.length)), Arrays.copyOf(some, len),
                        "trial " + trial + ", max " + max);
            }
        }
    }

    @Test
    void aReusedGroupStartsAsAFreshOne() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        List<Place> many = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            many.add(Fixtures.city(k, "N", "PPL", "US", "01", 1, 2, 100 + k));
        }
        List<Place> few = List.of(Fixtures.city(30, "M", "PPLA", "US", "01", 3, 4, 9000),
                Fixtures.city(31, "M", "PPL", "US", "02", 5, 6, 500));
        ResolverGroup g = new ResolverGroup(cache.uncached("n", many));
        Arrays.fill(g.container, 3.0);
        Arrays.fill(g.score, 7.0);
        g.pick = 5;
        g.sibling(new ResolverGroup(cache.uncached("m", few)));
        g.reset(cache.uncached("m", few), "m", true);
        ResolverGroup fresh = new ResolverGroup(cache.uncached("m", few));
        assertEquals(2, g.n);
        assertArrayEquals(Arrays.copyOf(fresh.score, 2), Arrays.copyOf(g.score, 2));
        assertArrayEquals(new double[2], Arrays.copyOf(g.container, 2));
        assertEquals(0, g.pick);
        assertEquals(null, g.siblings);
        assertEquals(fresh.best(), g.best(), "only the current candidates compete");
        assertEquals(fresh.confidence(2), g.confidence(2), 0.0, "only the current candidates share the softmax");
        assertArrayEquals(fresh.order(), g.order());
    }
}
