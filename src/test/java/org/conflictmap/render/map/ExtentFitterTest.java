package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.render.map.basemap.BaseMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ExtentFitterTest {

    private final ExtentFitter fitter = new ExtentFitter(BaseMap.bundled(), null);
    private final LocalDate d = LocalDate.of(2020, 10, 1);

    @Test
    void framesTheBulkNotOneFarOutlier() {
        List<Event> ev = new ArrayList<>(MapTestEvents.caucasus());
        ev.add(MapTestEvents.event(999, "Paris", "FR", 48.85, 2.35, EventType.DIPLOMACY, d));
        Envelope e = fitter.fit(MapExtent.AUTO, ev, Set.of()).lonLat();
        assertTrue(e.getMinX() > 40 && e.getMaxX() < 53 && e.getMinY() > 36 && e.getMaxY() < 44, e.toString());
        assertEquals(Set.of("AZ", "AM"), fitter.fit(MapExtent.AUTO, MapTestEvents.caucasus(), Set.of()).focusCountries());
    }

    @Test
    void eventsOnBothSidesOfTheDatelineGiveABoxAcrossIt() {
        List<Event> ev = List.of(MapTestEvents.event(1, "Suva", "FJ", -18.1, 178.4, EventType.PROTESTS, d),
                MapTestEvents.event(2, "Apia", "WS", -13.8, -171.8, EventType.PROTESTS, d));
        Envelope e = fitter.fit(MapExtent.AUTO, ev, Set.of()).lonLat();
        assertTrue(e.getMinX() < 178.4 && e.getMaxX() > 188.2 && e.getWidth() < 20, e.toString());
    }

    @Test
    void oneEventGetsAMinimumSpanAndNoEventsTheWorld() {
        Envelope e = fitter.fit(MapExtent.AUTO, List.of(MapTestEvents.event(1, "Gyumri", "AM", 40.79, 43.85, EventType.RIOTS, d)),
                Set.of()).lonLat();
        assertTrue(e.getHeight() >= 3 && e.contains(43.85, 40.79), e.toString());
        assertTrue(fitter.fit(MapExtent.AUTO, List.of(), Set.of()).world());
    }

    @Test
    void countryBoxComesFromTheBaseMapAndBoxesParse() {
        FittedExtent am = fitter.fit(MapExtent.parse("country:am"), List.of(), Set.of());
        assertTrue(am.lonLat().contains(44.5, 40.2) && am.lonLat().getWidth() < 6, am.lonLat().toString());
        assertEquals(Set.of("AM"), am.focusCountries());
        FittedExtent box = fitter.fit(MapExtent.parse("bbox:170,-25,-170,-10"), List.of(), Set.of());
        assertEquals(190, box.lonLat().getMaxX(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> MapExtent.parse("bbox:1,2,3"));
        assertThrows(IllegalArgumentException.class, () -> MapExtent.parse("bbox:0,50,10,40"));
        assertThrows(IllegalArgumentException.class, () -> MapExtent.parse("country:ARM"));
        assertThrows(IllegalArgumentException.class, () -> fitter.fit(MapExtent.parse("country:QQ"), List.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> fitter.fit(MapExtent.parse("region:Atlantis"), List.of(), Set.of()));
        assertTrue(fitter.fit(MapExtent.parse("region:Georgia"), List.of(), Set.of()).lonLat().contains(44.8, 41.7));
    }
}
