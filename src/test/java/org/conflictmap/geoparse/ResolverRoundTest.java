package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        ResolverRound r = new ResolverRound(gs);
        r.collect(gs, ResolverWeights.DEFAULTS);
        assertEquals(5, r.np, "the ocean is an area, no point");
        assertArrayEquals(new int[] {0, 0, 2, 2, 4}, Arrays.copyOf(r.firstAt, r.np),
                "the same spot as an earlier point (-0.0 is 0.0, as == says): that point");
        assertEquals(-1, gs.get(3).point);
        assertEquals(3, gs.get(4).point);
    }
}
