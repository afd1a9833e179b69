package org.conflictmap.render.map;

import java.awt.geom.Rectangle2D;

/**
 * Where things go on the page: header (title, subtitle), map frame, footer (attribution).
 *
 * @param page   the whole drawing area
 * @param header title block
 * @param frame  the map frame
 * @param footer attribution line
 */
public record MapLayout(Rectangle2D page, Rectangle2D header, Rectangle2D frame, Rectangle2D footer) {

    /** Header height for a style. */
    static double headerHeight(MapStyle s) {
        return s.margin() + TextPainter.lineHeight(s.title()) + TextPainter.lineHeight(s.subtitle()) + 3 * s.pt();
    }

    /** Footer height for a style. */
    static double footerHeight(MapStyle s) {
        return TextPainter.lineHeight(s.footer()) + s.margin() * 0.9;
    }

    /** Lays out a page. */
    public static MapLayout of(Rectangle2D page, MapStyle s) {
        double m = s.margin();
        double hh = headerHeight(s);
        double fh = footerHeight(s);
        Rectangle2D header = new Rectangle2D.Double(page.getX() + m, page.getY(), page.getWidth() - 2 * m, hh);
        Rectangle2D frame = new Rectangle2D.Double(page.getX() + m, page.getY() + hh,
                page.getWidth() - 2 * m, Math.max(10, page.getHeight() - hh - fh));
        Rectangle2D footer = new Rectangle2D.Double(page.getX() + m, frame.getMaxY(), page.getWidth() - 2 * m, fh);
        return new MapLayout(page, header, frame, footer);
    }

    /**
     * The page height that gives the map frame the aspect of the data's fit box (clamped between
     * 0.5 and 1.25 times the frame width), for a page {@code widthPx} wide.
     */
    public static int pageHeight(MapData data, int widthPx, MapStyle s) {
        double frameW = widthPx - 2 * s.margin();
        double aspect = data.fitExtent().getWidth() / Math.max(1e-9, data.fitExtent().getHeight());
        double frameH = frameW / aspect;
        frameH = Math.max(0.5 * frameW, Math.min(1.25 * frameW, frameH));
        return (int) Math.round(headerHeight(s) + frameH + footerHeight(s));
    }
}
