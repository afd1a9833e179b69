package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryGazetteerDemonymTest {

    @Test
    void demonymKeysPointAtTheirCountryAndAreMarked() {
        Place am = new Place(174982, "Armenia", "A", "PCLI", "AM", "", 40, 45, 2_968_127, null);
        InMemoryGazetteer g = InMemoryGazetteer.of(Map.of(am, List.of("Arménie")),
                Map.of(am, List.of("arménien", "Armenian")));
        assertTrue(g.isDemonymKey("armenien"));
        assertTrue(g.isDemonymKey("armenian"));
        assertFalse(g.isDemonymKey("armenie"));
        assertEquals(List.of(am), g.candidates("armenian"));
        assertFalse(InMemoryGazetteer.of(Map.of(am, List.of())).isDemonymKey("armenian"));
    }
}
