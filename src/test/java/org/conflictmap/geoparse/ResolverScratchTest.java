package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverScratchTest {

    @Test
    void groupsAreFoundByKeyAndKindUntilTheNextDocument() {
        CandidateFacts.Cache cache = new CandidateFacts.Cache(ResolverWeights.DEFAULTS, 0);
        CandidateFacts facts = cache.uncached("x", List.of(Fixtures.city(1, "X", "PPL", "US", "NY", 1, 2, 100)));
        ResolverScratch sc = new ResolverScratch(4);
        for (int doc = 0; doc < 3; doc++) {
            int n = doc == 1 ? 5 : 300; // the table shrinks and grows again
            sc.start(2 * n);
            ResolverGroup[] toponyms = new ResolverGroup[n];
            ResolverGroup[] demonyms = new ResolverGroup[n];
            for (int k = 0; k < n; k++) {
                toponyms[k] = sc.add("key" + k, false, facts);
                demonyms[k] = sc.add("key" + k, true, facts);
            }
            assertEquals(2 * n, sc.groups.size());
            for (int k = 0; k < n; k++) {
                assertSame(toponyms[k], sc.get("key" + k, false));
                assertSame(demonyms[k], sc.get(new String("key" + k), true), "equal keys, not the same string");
            }
            assertNull(sc.get("key" + n, false));
            assertNull(sc.get("other", true));
        }
        sc.start(1);
        assertNull(sc.get("key0", false), "a new document forgets the last one's groups");
    }
}
