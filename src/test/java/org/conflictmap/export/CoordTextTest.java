package org.conflictmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoordTextTest {

    private static String reference(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    @Test
    void sameTextAsTheJdkFormatterForEdgeCasesAndRandomCoordinates() {
        CoordText t = new CoordText();
        double[] edges = {0.0, -0.0, 1e-6, -1e-6, 0.000005, -0.000005, 0.000015, 39.81775, -179.999995, 180, -180,
                90, -90, 46.75285, 12.345675, 1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            assertEquals(reference(v), t.of(v), "value " + v);
            assertEquals(reference(v), t.of(v), "remembered value " + v);
        }
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * 360;
            // GeoNames-like values with 4 or 5 decimals, and half-way cases at the 6th
            double rounded = Math.round(v * 1e5) / 1e5;
            double half = Math.round(v * 1e5) / 1e5 + 0.000005;
            for (double x : new double[] {v, rounded, half}) {
                assertEquals(reference(x), t.of(x), "value " + x);
            }
        }
    }

    @Test
    void staysCorrectAfterForgettingWhenFull() {
        CoordText t = new CoordText();
        for (int i = 0; i < CoordText.MAX + 10; i++) {
            double v = i / 1e5;
            assertEquals(reference(v), t.of(v));
        }
        assertEquals(reference(0.00001), t.of(0.00001));
    }
}
