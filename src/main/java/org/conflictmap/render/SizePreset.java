package org.conflictmap.render;

import java.util.Locale;

/**
 * Output size presets shared by maps and charts. Print presets are a physical width at 300 dpi; the slide
 * preset is 1920×1080 px, i.e. a 13.33 in × 7.5 in widescreen slide at 144 dpi. Text sizes are given in
 * points and converted with {@link #px(double)}, so they scale with the preset.
 */
public enum SizePreset {
    /** One journal/report column: 85 mm at 300 dpi (1004 px). */
    COLUMN(85.0, 300, 1004, 0, 1.0),
    /** Full page width: 180 mm at 300 dpi (2126 px). */
    PAGE(180.0, 300, 2126, 0, 1.15),
    /** Presentation slide: 1920 × 1080 px at 144 dpi. */
    SLIDE(1920 * 25.4 / 144, 144, 1920, 1080, 2.6);

    private final double widthMm;
    private final int dpi;
    private final int widthPx;
    private final int fixedHeightPx;
    private final double textScale;

    SizePreset(double widthMm, int dpi, int widthPx, int fixedHeightPx, double textScale) {
        this.widthMm = widthMm;
        this.dpi = dpi;
        this.widthPx = widthPx;
        this.fixedHeightPx = fixedHeightPx;
        this.textScale = textScale;
    }

    /** Physical width in millimetres. */
    public double widthMm() {
        return widthMm;
    }

    /** Resolution in dots per inch. */
    public int dpi() {
        return dpi;
    }

    /** Width in pixels. */
    public int widthPx() {
        return widthPx;
    }

    /** Height in pixels for an aspect ratio width/height (e.g. 1.5 for 3:2); at least 1. */
    public int heightPx(double aspect) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("aspect ratio must be positive: " + aspect);
        }
        return Math.max(1, (int) Math.round(widthPx / aspect));
    }

    /** The natural height: 1080 for SLIDE, a 4:3 (width/height) page otherwise. */
    public int defaultHeightPx() {
        return fixedHeightPx > 0 ? fixedHeightPx : heightPx(4.0 / 3.0);
    }

    /** Converts a size in typographic points (1/72 in) to pixels of this preset. */
    public float px(double points) {
        return (float) (points * dpi / 72.0);
    }

    /**
     * How much larger than print body sizes text should be for this preset: 1 for a column, a little more for a
     * full page (read at arm's length), 2.6 for a slide (read across a room).
     */
    public double textScale() {
        return textScale;
    }

    /** A text size given in print points, scaled by {@link #textScale()} and converted to pixels. */
    public float textPx(double points) {
        return px(points * textScale);
    }

    /** Parses "column", "page" or "slide" (case-insensitive). */
    public static SizePreset parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown size preset '" + s + "' (use column, page or slide)", e);
        }
    }
}
