package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.conflictmap.events.EventType;
import org.conflictmap.render.SizePreset;
import org.junit.jupiter.api.Test;

/** Where place labels may go when the clean positions are taken. */
class LabelPlacerTest {

    private final MapStyle style = MapStyle.forPreset(SizePreset.PAGE);
    private final Rectangle2D frame = new Rectangle2D.Double(0, 0, 800, 600);
    private final SymbolPainter.Placed big =
            new SymbolPainter.Placed(new Bubble("big", "Bigtown", 0, 0, EventType.BATTLES, 100), 300, 300, 150, 160);
    private final SymbolPainter.Placed small =
            new SymbolPainter.Placed(new Bubble("small", "Smallville", 0, 0, EventType.DIPLOMACY, 1), 272, 292, 8, 10);

    private List<String> labelled(List<SymbolPainter.Placed> symbols) {
        LabelPlacer p = new LabelPlacer(style, frame, List.of());
        p.placePlaces(symbols, 10);
        return p.labels().stream().map(LabelPlacer.Label::text).toList();
    }

    @Test
    void aSmallPlaceInsideABigSymbolIsNotLabelledAcrossItsBody() {
        assertEquals(List.of("Smallville"), labelled(List.of(small)), "alone, the small place is labelled");
        // beside a much bigger symbol every position left is over that symbol's body: the name would read as the
        // big place's, so the small place stays unlabelled
        assertEquals(List.of("Bigtown"), labelled(List.of(big, small)));
    }

    @Test
    void aSmallWaterBodyIsLabelledNearItOrNotAtAll() {
        // a regional map 12 degrees across: a lake label may move 1 degree (6 rings of 0.16), a gulf 4 (8 rings)
        assertEquals(6, LabelPlacer.seaRings(4, 12, 0.16));
        assertEquals(8, LabelPlacer.seaRings(3, 12, 0.16));
        // a map 150 degrees across: no lake, no gulf ("Dead Sea" was drawn in Sudan); a sea may move 8 rings
        assertEquals(-1, LabelPlacer.seaRings(4, 150, 1.0));
        assertEquals(-1, LabelPlacer.seaRings(3, 150, 1.0));
        assertEquals(8, LabelPlacer.seaRings(2, 150, 1.0));
        assertEquals(12, LabelPlacer.seaRings(1, 150, 1.0));
        // a map 50 degrees across: a gulf moves at most 4 degrees (12 rings of 0.33 would be 4.0; capped at 8)
        assertEquals(8, LabelPlacer.seaRings(3, 50, 0.33));
        assertEquals(3, LabelPlacer.seaRings(3, 50, 1.2));
    }

    @Test
    void aCountryNameShiftedOffACrowdedCentreStaysInTheCountry() {
        // a symbol on the country's centre pushes its name up or down; a country 24 px tall has no room there
        SymbolPainter.Placed onCentre =
                new SymbolPainter.Placed(new Bubble("c", "Centre", 0, 0, EventType.BATTLES, 10), 400, 300, 30, 30);
        java.awt.Shape flat = new Rectangle2D.Double(300, 288, 200, 24);
        LabelPlacer within = new LabelPlacer(style, frame, List.of());
        within.placePlaces(List.of(onCentre), 0);
        assertEquals(false, within.place("SUDAN", style.country(true), 400, 300, 0, true, true, flat));
        LabelPlacer anywhere = new LabelPlacer(style, frame, List.of());
        anywhere.placePlaces(List.of(onCentre), 0);
        assertEquals(true, anywhere.place("SUDAN", style.country(true), 400, 300, 0, true, true, null),
                "without the outline the name goes above or below, outside the country");
    }
}
