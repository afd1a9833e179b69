package org.conflictmap.render.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;

/** Small event fixtures for map tests. */
final class MapTestEvents {

    private MapTestEvents() {
    }

    static Event event(int n, String place, String cc, double lat, double lon, EventType type, LocalDate day) {
        return new Event("e" + n, day, type, 1000 + Math.abs(place.hashCode() % 100000), place, "P.PPL", Precision.PLACE, cc, "",
                "", lat, lon, 1, null, List.of("doc" + n), "");
    }

    /** A deterministic South Caucasus set: places with 1..12 events of a few types over six weeks. */
    static List<Event> caucasus() {
        Object[][] places = {
            {"Stepanakert", "AZ", 39.8153, 46.7519, 12}, {"Shusha", "AZ", 39.7579, 46.7485, 7},
            {"Yerevan", "AM", 40.1811, 44.5136, 3}, {"Baku", "AZ", 40.4093, 49.8671, 2},
            {"Ganja", "AZ", 40.6828, 46.3606, 5}, {"Tartar", "AZ", 40.3419, 46.9319, 6},
            {"Füzuli", "AZ", 39.6003, 47.1431, 4}, {"Goris", "AM", 39.5111, 46.3381, 2},
            {"Tbilisi", "GE", 41.7151, 44.8271, 1}, {"Ստեփանակերտ", "AZ", 39.83, 46.9, 1}};
        EventType[] types = {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.DIPLOMACY};
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (Object[] p : places) {
            for (int i = 0; i < (int) p[4]; i++) {
                out.add(event(n, (String) p[0], (String) p[1], (double) p[2], (double) p[3], types[(n + i) % types.length],
                        LocalDate.of(2020, 9, 27).plusDays((n * 7L) % 42)));
                n++;
            }
        }
        return out;
    }
}
