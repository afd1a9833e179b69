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
}
