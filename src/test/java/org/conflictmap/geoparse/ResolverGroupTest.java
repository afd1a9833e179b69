package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
            for (int k = 0; k < g.score.length; k++) {
                g.score[k] = VALUES[rnd.nextInt(VALUES.length)]; // ties, NaN, -0.0 as Double.compare orders them
            }
            int[] all = g.order();
            for (int max = 0; max <= ps.size() + 1; max++) {
                assertArrayEquals(Arrays.copyOf(all, Math.min(max, all.length)), g.order(max),
                        "trial " + trial + ", max " + max);
            }
        }
    }
}
