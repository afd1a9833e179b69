package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.conflictmap.render.SizePreset;
import org.junit.jupiter.api.Test;

class SizeKeyTest {

    @Test
    void valuesAreTheReferenceAndRoundedQuarterAndSixteenth() {
        assertEquals(List.of(24, 5, 2), SizeKey.values(24));
        assertEquals(List.of(69129, 20000, 5000), SizeKey.values(69129));
        assertEquals(List.of(8, 2), SizeKey.values(8));
        assertEquals(List.of(1), SizeKey.values(1));
    }

    @Test
    void labelsOfSmallCirclesNeverOverlap() {
        MapStyle style = MapStyle.forPreset(SizePreset.COLUMN);
        SymbolPainter symbols = new SymbolPainter(style, new Rectangle2D.Double(0, 0, 1000, 1000), 24);
        SizeKey key = new SizeKey(style, symbols);
        double asc = TextPainter.ascent(style.legendText());
        double[] y = key.labelOffsets();
        assertEquals(3, y.length);
        for (int i = 1; i < y.length; i++) {
            assertTrue(y[i] - y[i - 1] >= asc, "label " + i + " is a full line under the one above: " + y[i - 1] + " " + y[i]);
        }
        assertTrue(key.height() > y[y.length - 1], "the key is tall enough for its last label");
    }
}
