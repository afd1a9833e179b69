package org.conflictmap.gazetteer;

/** A geographic bounding box in degrees; {@code west > east} means it crosses the antimeridian. */
public record BBox(double west, double south, double east, double north) {

    public BBox {
        if (!(south <= north)) {
            throw new IllegalArgumentException("south > north: " + south + " > " + north);
        }
    }

    /** True when the box crosses the ±180° meridian. */
    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** True when the point lies inside the box (edges included). */
    public boolean contains(double lat, double lon) {
        if (lat < south || lat > north) {
            return false;
        }
        return crossesAntimeridian() ? (lon >= west || lon <= east) : (lon >= west && lon <= east);
    }
}
