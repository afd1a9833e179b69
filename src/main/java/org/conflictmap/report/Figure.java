package org.conflictmap.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One map or chart to show in the report.
 *
 * @param image   the image file (PNG or SVG are embedded; PDF is linked)
 * @param title   the heading
 * @param caption the caption under it
 * @param alt     the alternative text (what the image shows, for screen readers)
 * @param captionInImage whether the image already shows its title and caption (charts do), so the page only
 *                       names it instead of repeating the caption
 */
public record Figure(Path image, String title, String caption, String alt, boolean captionInImage) {

    public Figure {
        Objects.requireNonNull(image, "image");
        title = title == null || title.isBlank() ? titleFromFile(image) : title;
        caption = caption == null ? "" : caption;
        alt = alt == null || alt.isBlank() ? title : alt;
    }

    /** A figure whose image has no caption of its own. */
    public Figure(Path image, String title, String caption, String alt) {
        this(image, title, caption, alt, false);
    }

    /** A figure known only by its file: "top-places.png" → "Top places". */
    public static Figure of(Path image) {
        return new Figure(image, null, null, null, false);
    }

    static String titleFromFile(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String base = (dot > 0 ? n.substring(0, dot) : n).replace('-', ' ').replace('_', ' ').trim();
        return base.isEmpty() ? n : base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
