package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class RivalsTest {

    private static final String[] COUNTRIES = {"US", "GB", "FR", "JM", "GE", "DE"};

    /** A random candidate list: towns, cities, admin-1 units and countries spread over a few countries. */
    private static List<Place> candidates(Random rnd) {
        List<Place> ps = new ArrayList<>();
        int n = 1 + rnd.nextInt(12);
        for (int k = 0; k < n; k++) {
            String cc = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            switch (rnd.nextInt(4)) {
                case 0 -> ps.add(new Place(k, "N", "A", "PCLI", cc, "", 1, 2, 1_000_000, null));
                case 1 -> ps.add(new Place(k, "N", "A", "ADM1", cc, "0" + k, 1, 2, 0, null));
                case 2 -> ps.add(Fixtures.city(k, "N", "PPL", cc, "01", 1, 2, 500_000));
                default -> ps.add(Fixtures.city(k, "N", "PPL", cc, "01", 1, 2, 300));
            }
        }
        return ps;
    }

    @Test
    void topOfManyCandidatesIsEachCandidatesShare() {
        Random rnd = new Random(7);
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 10);
        for (String cc : COUNTRIES) {
            cache.countryId(cc);
        }
        Rivals.Top top = new Rivals.Top();
        for (int trial = 0; trial < 2000; trial++) {
            CandidateFacts f = cache.uncached("n", candidates(rnd));
            double[] weight = new double[COUNTRIES.length];
            boolean[] voted = new boolean[COUNTRIES.length];
            double total = 0;
            for (int k = 0; k < weight.length; k++) {
                voted[k] = rnd.nextBoolean();
                weight[k] = voted[k] ? rnd.nextInt(4) + (rnd.nextBoolean() ? 0.5 : 0) : 0;
                total += weight[k];
            }
            int own = rnd.nextInt(COUNTRIES.length + 1) - 1;
            double ownW = own >= 0 && voted[own] ? Math.min(weight[own], 1) : 0;
            double others = total - ownW;
            if (others <= 0) {
                continue;
            }
            for (boolean prominentOnly : new boolean[] {true, false}) {
                top.reset();
                top.find(f, prominentOnly, weight, voted, own, ownW, others);
                for (int c = 0; c < f.places.length; c++) {
                    if (f.country[c] < 0) {
                        continue;
                    }
                    assertEquals(Rivals.share(f, c, prominentOnly, weight, voted, own, ownW, others), top.of(f, c),
                            "trial " + trial + ", candidate " + c);
                }
            }
        }
    }
}
