package org.conflictmap.render.map;

import java.awt.Color;
import java.awt.Font;
import org.conflictmap.render.Palette;

/**
 * Sizes and text styles of a map, in output pixels, derived from one number: pixels per
 * typographic point (dpi / 72). The same map at 85 mm or 180 mm keeps its type sizes in points.
 *
 * @param pt pixels per point
 */
public record MapStyle(float pt) {

    /** Style for a dpi. */
    public static MapStyle forDpi(int dpi) {
        return new MapStyle(dpi / 72f);
    }

    /**
     * Style for a size preset: print presets keep their point sizes at their dpi; a slide is styled like a
     * full-page map enlarged to 1920 px (about 3.6 px per point), so it reads across a room.
     */
    public static MapStyle forPreset(org.conflictmap.render.SizePreset preset) {
        return preset == org.conflictmap.render.SizePreset.SLIDE ? new MapStyle(3.6f) : forDpi(preset.dpi());
    }

    /** Outer margin. */
    public double margin() {
        return 7 * pt;
    }

    /** Title. */
    public TextPainter.Style title() {
        return new TextPainter.Style(Font.BOLD, 11.5f * pt, Palette.TEXT, null, 0, false, 0);
    }

    /** Subtitle. */
    public TextPainter.Style subtitle() {
        return new TextPainter.Style(Font.PLAIN, 7.5f * pt, Palette.TEXT_MUTED, null, 0, false, 0);
    }

    /** Footer (attribution, projection). */
    public TextPainter.Style footer() {
        return new TextPainter.Style(Font.PLAIN, 5.5f * pt, Palette.TEXT_MUTED, null, 0, false, 0);
    }

    /** Event place labels. */
    public TextPainter.Style place(boolean major) {
        return new TextPainter.Style(major ? Font.BOLD : Font.PLAIN, (major ? 6.8f : 6.2f) * pt, Palette.TEXT,
                Palette.HALO, 1.1f * pt, false, 0);
    }

    /** Country names. */
    public TextPainter.Style country(boolean focus) {
        return new TextPainter.Style(focus ? Font.BOLD : Font.PLAIN, (focus ? 7.5f : 6.5f) * pt,
                focus ? new Color(0x4A4A4A) : new Color(0x8A857C), new Color(255, 255, 255, 190), 0.8f * pt, false, 0.08f);
    }

    /** Sea and ocean names. */
    public TextPainter.Style sea(int rank) {
        float size = rank <= 1 ? 8f : rank == 2 ? 7f : 6f;
        return new TextPainter.Style(Font.PLAIN, size * pt, Palette.SEA_LABEL, null, 0, true, rank <= 2 ? 0.06f : 0.02f);
    }

    /** Legend headings. */
    public TextPainter.Style legendHeading() {
        return new TextPainter.Style(Font.BOLD, 6.5f * pt, Palette.TEXT, null, 0, false, 0);
    }

    /** Legend entries. */
    public TextPainter.Style legendText() {
        return new TextPainter.Style(Font.PLAIN, 6f * pt, Palette.TEXT, null, 0, false, 0);
    }

    /** Scale bar and small notes, haloed. */
    public TextPainter.Style small() {
        return new TextPainter.Style(Font.PLAIN, 5.5f * pt, Palette.TEXT, Palette.HALO, 0.8f * pt, false, 0);
    }

    /** Big notice ("No events to map"). */
    public TextPainter.Style notice() {
        return new TextPainter.Style(Font.BOLD, 12f * pt, Palette.TEXT_MUTED, Palette.HALO, 2f * pt, false, 0);
    }

    /** Line width in pixels for a width in points. */
    public float line(double points) {
        return (float) (points * pt);
    }
}
