package org.conflictmap.render.map;

import java.awt.geom.Point2D;
import java.util.Locale;

/**
 * An ESRI world file ({@code .pgw}) for a raster drawn through a {@link MapView} whose frame
 * starts at pixel (0, 0): pixel size in projected metres and the centre of the top-left pixel.
 */
public final class WorldFile {

    private WorldFile() {
    }

    /** The six lines of the world file. */
    public static String of(MapView view) {
        double size = 1 / view.scale();
        Point2D topLeft = view.pixelToProjected(view.frame().getX() + 0.5, view.frame().getY() + 0.5);
        return String.format(Locale.ROOT, "%.10f%n0.0000000000%n0.0000000000%n%.10f%n%.6f%n%.6f%n",
                size, -size, topLeft.getX(), topLeft.getY()).replace("\r\n", "\n");
    }
}
