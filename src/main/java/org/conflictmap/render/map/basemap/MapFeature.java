package org.conflictmap.render.map.basemap;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * One base-map feature: a geometry in longitude/latitude degrees and its string attributes.
 *
 * @param geometry   geometry (x = longitude, y = latitude)
 * @param attributes attribute values by column name (sorted, unmodifiable)
 */
public record MapFeature(Geometry geometry, Map<String, String> attributes) {

    public MapFeature {
        Objects.requireNonNull(geometry, "geometry");
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** The attribute value, or "" when absent. */
    public String attr(String name) {
        return attributes.getOrDefault(name, "");
    }
}
