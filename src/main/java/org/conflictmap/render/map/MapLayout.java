package org.conflictmap.render.map;

import java.awt.geom.Rectangle2D;

/**
 * Where things go on the page: header (title, subtitle), map frame, the legend strip under the frame (narrow
 * pages only; wider maps carry their legend in a frame corner), footer (attribution).
 *
 * @param page   the whole drawing area
 * @param header title block
 * @param frame  the map frame
 * @param footer attribution line
 * @param strip  legend strip under the frame (empty when the legend sits in the frame)
 */
public record MapLayout(Rectangle2D page, Rectangle2D header, Rectangle2D frame, Rectangle2D footer, Rectangle2D strip) {

    /** Pages narrower than this (in millimetres) put the legend under the map instead of over it. */
    static final double STRIP_BELOW_MM = 120;

    /** A layout without legend strip. */
    public MapLayout(Rectangle2D page, Rectangle2D header, Rectangle2D frame, Rectangle2D footer) {
        this(page, header, frame, footer, new Rectangle2D.Double());
    }

    /** Header height for a style. */
    static double headerHeight(MapStyle s) {
        return s.margin() + TextPainter.lineHeight(s.title()) + TextPainter.lineHeight(s.subtitle()) + 3 * s.pt();
    }

    /** Footer height for a style. */
    static double footerHeight(MapStyle s) {
        return TextPainter.lineHeight(s.footer()) + s.margin() * 0.9;
    }

    /** True when a page this many pixels wide puts its legend in a strip under the map. */
    static boolean legendBelow(double pageWidthPx, MapStyle s) {
        return pageWidthPx / s.pt() / 72.0 * 25.4 < STRIP_BELOW_MM;
    }

    /** Lays out a page without legend strip. */
    public static MapLayout of(Rectangle2D page, MapStyle s) {
        return of(page, s, 0);
    }

    /** Lays out a page with a legend strip {@code stripHeight} pixels high (0 for none) under the frame. */
    public static MapLayout of(Rectangle2D page, MapStyle s, double stripHeight) {
        double m = s.margin();
        double hh = headerHeight(s);
        double fh = footerHeight(s);
        double sh = stripHeight > 0 ? stripHeight + stripGap(s) : 0;
        Rectangle2D header = new Rectangle2D.Double(page.getX() + m, page.getY(), page.getWidth() - 2 * m, hh);
        Rectangle2D frame = new Rectangle2D.Double(page.getX() + m, page.getY() + hh,
                page.getWidth() - 2 * m, Math.max(10, page.getHeight() - hh - fh - sh));
        Rectangle2D strip = stripHeight > 0
                ? new Rectangle2D.Double(frame.getX(), frame.getMaxY() + stripGap(s), frame.getWidth(), stripHeight)
                : new Rectangle2D.Double();
        Rectangle2D footer = new Rectangle2D.Double(page.getX() + m, frame.getMaxY() + sh, page.getWidth() - 2 * m, fh);
        return new MapLayout(page, header, frame, footer, strip);
    }

    /** Space between the frame and the legend strip. */
    static double stripGap(MapStyle s) {
        return 4 * s.pt();
    }

    /**
     * The page height that gives the map frame the aspect of the data's fit box (clamped between
     * 0.5 and 1.25 times the frame width), for a page {@code widthPx} wide, legend strip included.
     */
    public static int pageHeight(MapData data, int widthPx, MapStyle s) {
        double frameH = MapRenderer.canonicalFrame(data, s, widthPx).getHeight();
        double strip = MapRenderer.legendStrip(data, s, widthPx);
        return (int) Math.round(headerHeight(s) + frameH + (strip > 0 ? strip + stripGap(s) : 0) + footerHeight(s));
    }
}
