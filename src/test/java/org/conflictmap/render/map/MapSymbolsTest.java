package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.basemap.BaseMap;
import org.junit.jupiter.api.Test;

/** One symbol per place, boundary kinds, crowding, focus countries and where the legend goes. */
class MapSymbolsTest {

    private final LocalDate d = LocalDate.of(2020, 10, 1);

    @Test
    void onePlaceGivesOneBubbleWithItsMostFrequentTypeAndTheShares() {
        List<Event> ev = List.of(
                MapTestEvents.event(1, "Baku", "AZ", 40.41, 49.87, EventType.PROTESTS, d),
                MapTestEvents.event(2, "Baku", "AZ", 40.41, 49.87, EventType.DIPLOMACY, d),
                MapTestEvents.event(3, "Baku", "AZ", 40.41, 49.87, EventType.DIPLOMACY, d),
                MapTestEvents.event(4, "Ganja", "AZ", 40.68, 46.36, EventType.BATTLES, d),
                MapTestEvents.event(5, "Ganja", "AZ", 40.68, 46.36, EventType.RIOTS, d));
        List<Bubble> b = MapEvents.of(ev, i -> "").bubbles();
        assertEquals(2, b.size());
        assertEquals("Baku", b.get(0).place());
        assertEquals(EventType.DIPLOMACY, b.get(0).type());
        assertEquals(3, b.get(0).count());
        assertEquals(Map.of(EventType.PROTESTS, 1, EventType.DIPLOMACY, 2), b.get(0).types());
        assertEquals(List.of(EventType.PROTESTS, EventType.DIPLOMACY), List.copyOf(b.get(0).types().keySet()));
        // a tie goes to the type listed first in the legend
        assertEquals(EventType.BATTLES, b.get(1).type());
        assertTrue(b.get(1).mixed());
        assertFalse(new Bubble("k", "x", 0, 0, EventType.RIOTS, 2).mixed());
    }

    @Test
    void boundaryKindsAndLegendTextsComeFromNaturalEarthNames() {
        assertEquals(BoundaryKind.CEASEFIRE, BoundaryKind.of("Ceasefire Line 1994"));
        assertEquals(BoundaryKind.FORMER, BoundaryKind.of("Former USSR oblast in 1991"));
        assertEquals(BoundaryKind.CLAIM, BoundaryKind.of("Georgian claim"));
        assertEquals("Ceasefire line (1994)", BoundaryKind.legendText(BoundaryKind.CEASEFIRE, "Ceasefire Line 1994"));
        assertEquals("Former Soviet oblast boundary (1991)",
                BoundaryKind.legendText(BoundaryKind.FORMER, "Former USSR oblast in 1991"));
        assertEquals("Claimed boundary", BoundaryKind.legendText(BoundaryKind.CLAIM, "Georgian claim"));
    }

    @Test
    void circleOverlapAndCrowdingShare() {
        assertEquals(0, SymbolPainter.lens(1, 1, 2.5), 1e-12);
        assertEquals(Math.PI, SymbolPainter.lens(1, 3, 0.5), 1e-12);
        // two unit circles at distance 1: 2π/3 − √3/2
        assertEquals(2 * Math.PI / 3 - Math.sqrt(3) / 2, SymbolPainter.lens(1, 1, 1), 1e-9);
        Bubble b = new Bubble("k", "x", 0, 0, EventType.BATTLES, 1);
        List<SymbolPainter.Placed> apart = List.of(new SymbolPainter.Placed(b, 0, 0, 2, 2),
                new SymbolPainter.Placed(b, 10, 0, 2, 2));
        List<SymbolPainter.Placed> stacked = List.of(new SymbolPainter.Placed(b, 0, 0, 2, 2),
                new SymbolPainter.Placed(b, 0, 0, 2, 2));
        assertEquals(0, SymbolPainter.overlapShare(apart), 1e-12);
        assertEquals(0.5, SymbolPainter.overlapShare(stacked), 1e-12);
    }

    @Test
    void aFewEventsInAFarCapitalDoNotMakeItsCountryAFocusCountry() {
        List<Event> ev = new ArrayList<>(MapTestEvents.caucasus());
        for (int i = 0; i < 6; i++) {
            ev.add(MapTestEvents.event(900 + i, "Moscow", "RU", 55.75, 37.62, EventType.DIPLOMACY, d));
        }
        FittedExtent f = new ExtentFitter(BaseMap.bundled(), null).fit(MapExtent.AUTO, ev, Set.of());
        assertEquals(Set.of("AZ", "AM"), f.focusCountries());
    }

    @Test
    void aColumnMapPutsItsLegendUnderTheFrameAPageMapInACorner() {
        MapData data = data(SizePreset.COLUMN);
        MapStyle column = MapStyle.forPreset(SizePreset.COLUMN);
        double strip = MapRenderer.legendStrip(data, column, SizePreset.COLUMN.widthPx());
        assertTrue(strip > 0);
        MapRenderer r = new MapRenderer(data, column);
        int h = MapLayout.pageHeight(data, SizePreset.COLUMN.widthPx(), column);
        MapLayout layout = r.layout(new Rectangle2D.Double(0, 0, SizePreset.COLUMN.widthPx(), h));
        assertTrue(layout.strip().getMinY() >= layout.frame().getMaxY());
        assertTrue(layout.footer().getMinY() >= layout.strip().getMaxY());
        assertEquals(layout.frame().getWidth() / layout.frame().getHeight(),
                MapRenderer.canonicalFrame(data, column, SizePreset.COLUMN.widthPx()).getWidth()
                        / MapRenderer.canonicalFrame(data, column, SizePreset.COLUMN.widthPx()).getHeight(), 0.01);
        MapStyle page = MapStyle.forPreset(SizePreset.PAGE);
        assertEquals(0, MapRenderer.legendStrip(data(SizePreset.PAGE), page, SizePreset.PAGE.widthPx()), 0);
    }

    @Test
    void symbolsOnTopOfEachOtherMergeAndACrowdedClusterGetsADetailInset() {
        MapData data = data(SizePreset.COLUMN);
        MapStyle style = MapStyle.forPreset(SizePreset.COLUMN);
        Rectangle2D frame = MapRenderer.canonicalFrame(data, style, SizePreset.COLUMN.widthPx());
        GeoShapes shapes = new GeoShapes(new MapView(data.projection(), data.fitExtent(), frame));
        MapRenderer.Symbols sym = MapRenderer.symbols(data, style, frame, shapes, Double.NaN, 0);
        // Stepanakert (12 events) absorbs Shusha 7 km away at this scale; counts and types add up
        Bubble top = sym.bubbles().get(0);
        assertTrue(top.place().startsWith("Stepanakert +"), top.place());
        assertEquals(top.count(), top.types().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(MapTestEvents.caucasus().size(), sym.bubbles().stream().mapToInt(Bubble::count).sum());
        assertTrue(sym.painter().reference() >= top.count());
        // five places about 10 km apart pile up: the detail inset frames them
        List<Event> pile = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            pile.add(MapTestEvents.event(i, "P" + (i % 5), "AZ", 39.8 + 0.08 * (i % 5), 46.75 + 0.065 * (i % 5),
                    EventType.values()[i % 3], d));
        }
        pile.add(MapTestEvents.event(90, "Baku", "AZ", 40.41, 49.87, EventType.PROTESTS, d));
        pile.add(MapTestEvents.event(91, "Tbilisi", "GE", 41.72, 44.83, EventType.PROTESTS, d));
        MapSpec spec = new MapSpec("t", MapExtent.AUTO, ProjectionKind.AUTO, MapLayer.defaults(), SizePreset.PAGE,
                List.of(OutputFormat.PNG), null, null, Set.of(), null, MapSpec.Multiples.NONE, 0, false);
        MapData pd = new MapDataBuilder(BaseMap.bundled(), null).build(MapEvents.of(pile, i -> ""), spec);
        MapStyle ps = MapStyle.forPreset(SizePreset.PAGE);
        Rectangle2D pf = MapRenderer.canonicalFrame(pd, ps, SizePreset.PAGE.widthPx());
        GeoShapes psh = new GeoShapes(new MapView(pd.projection(), pd.fitExtent(), pf));
        MapRenderer.Symbols s2 = MapRenderer.symbols(pd, ps, pf, psh, Double.NaN, 0);
        List<SymbolPainter.Placed> placed = s2.painter().place(s2.bubbles(), psh, pf);
        DetailInset detail = DetailInset.find(pd, ps, s2.painter(), placed, pf);
        assertTrue(detail != null, "no detail inset for a pile of symbols");
        assertTrue(detail.area().getWidth() < 0.4 * pf.getWidth());
        assertTrue(placed.stream().filter(detail::covers).count() >= 3);
        assertFalse(placed.stream().filter(p -> p.bubble().place().equals("Baku")).anyMatch(detail::covers));
        // spread-out places need none
        List<SymbolPainter.Placed> apart = s2.painter().place(s2.bubbles().stream()
                .filter(b -> b.place().equals("Baku") || b.place().equals("Tbilisi")).toList(), psh, pf);
        assertEquals(null, DetailInset.find(pd, ps, s2.painter(), apart, pf));
    }

    private static MapData data(SizePreset size) {
        MapSpec spec = new MapSpec("t", MapExtent.AUTO, ProjectionKind.AUTO, MapLayer.defaults(), size,
                List.of(OutputFormat.PNG), null, null, Set.of(), null, MapSpec.Multiples.NONE, 0, false);
        return new MapDataBuilder(BaseMap.bundled(), null).build(MapEvents.of(MapTestEvents.caucasus(), i -> ""), spec);
    }
}
