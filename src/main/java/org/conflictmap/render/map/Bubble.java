package org.conflictmap.render.map;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.conflictmap.events.EventType;

/**
 * All events at one place, drawn as one symbol whose area is proportional to {@link #count}: the shape and
 * colour of the most frequent type, ringed by each type's share when there are several.
 *
 * @param placeKey   place id (or rounded coordinates when there is none)
 * @param place      display name
 * @param lon        longitude
 * @param lat        latitude
 * @param type       the most frequent event type here (ties: legend order)
 * @param count      number of events of all types here
 * @param placeTotal number of events of all types here (label ranking; equals {@code count})
 * @param types      events per type here, in legend order
 */
public record Bubble(String placeKey, String place, double lon, double lat, EventType type, int count, int placeTotal,
                     Map<EventType, Integer> types) {

    public Bubble {
        EnumMap<EventType, Integer> copy = new EnumMap<>(EventType.class);
        copy.putAll(types);
        types = Collections.unmodifiableMap(copy);
    }

    /** A bubble of one type only. */
    public Bubble(String placeKey, String place, double lon, double lat, EventType type, int count) {
        this(placeKey, place, lon, lat, type, count, count, Map.of(type, count));
    }

    /** True when more than one event type happened here. */
    public boolean mixed() {
        return types.size() > 1;
    }
}
