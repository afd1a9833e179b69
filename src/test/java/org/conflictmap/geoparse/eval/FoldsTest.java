package org.conflictmap.geoparse.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FoldsTest {

    @Test
    void foldsPartitionTheDocumentsEvenly() {
        Folds f = new Folds(23, 5, 7);
        boolean[] seen = new boolean[23];
        for (int k = 0; k < 5; k++) {
            int[] held = f.heldOut(k);
            int[] train = f.training(k);
            assertTrue(held.length == 4 || held.length == 5, "sizes differ by at most one: " + held.length);
            assertEquals(23, held.length + train.length);
            for (int d : held) {
                assertFalse(seen[d], "document " + d + " in two folds");
                seen[d] = true;
                assertEquals(k, f.foldOf(d));
                assertTrue(Arrays.binarySearch(train, d) < 0, "held-out document " + d + " also trained on");
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertEquals(23, f.all().length);
    }

    @Test
    void theSplitDependsOnlyOnTheSeed() {
        assertArrayEquals(new Folds(40, 4, 1).heldOut(2), new Folds(40, 4, 1).heldOut(2));
        boolean differs = false;
        for (int k = 0; k < 4; k++) {
            differs |= !Arrays.equals(new Folds(40, 4, 1).heldOut(k), new Folds(40, 4, 2).heldOut(k));
        }
        assertTrue(differs, "another seed, another split");
        // fixed by java.util.Random's specified sequence: the same on every machine and JVM
        assertArrayEquals(new int[] {0, 1, 4, 8}, new Folds(10, 3, 42).heldOut(0));
    }

    @Test
    void badFoldCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Folds(10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Folds(3, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new Folds(10, 2, 1).heldOut(2));
    }
}
