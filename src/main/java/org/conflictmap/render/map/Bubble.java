package org.conflictmap.render.map;

import org.conflictmap.events.EventType;

/**
 * Events of one type at one place, drawn as one symbol whose area is proportional to {@link #count}.
 *
 * @param placeKey   place id (or rounded coordinates when there is none)
 * @param place      display name
 * @param lon        longitude
 * @param lat        latitude
 * @param type       event type
 * @param count      number of events of this type here
 * @param placeTotal number of events of all types here (label ranking)
 */
public record Bubble(String placeKey, String place, double lon, double lat, EventType type, int count, int placeTotal) {
}
