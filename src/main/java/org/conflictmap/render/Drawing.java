package org.conflictmap.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Something that draws itself onto any {@link Graphics2D} (raster, SVG or PDF), filling the given area.
 * Coordinates are pixels of the target size; a drawing must not depend on the back end.
 */
@FunctionalInterface
public interface Drawing {

    /** Draws into {@code area} (in the units of {@code g}, i.e. output pixels). */
    void draw(Graphics2D g, Rectangle2D area);
}
