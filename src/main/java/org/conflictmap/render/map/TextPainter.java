package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import org.conflictmap.render.Fonts;

/**
 * Draws labels as glyph outlines from the bundled fonts (with per-script fallback, so Armenian,
 * Georgian, Cyrillic and Arabic render anywhere), optionally with a halo, italic slant and letter
 * spacing. Outlines look the same in PNG, SVG and PDF. Measuring uses a fixed render context so
 * layout never depends on the back end.
 */
public final class TextPainter {

    /** Text style. */
    public record Style(int weight, float size, Color color, Color halo, float haloWidth, boolean italic, float tracking) {
        /** Same style, other colour. */
        public Style withColor(Color c) {
            return new Style(weight, size, c, halo, haloWidth, italic, tracking);
        }
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private TextPainter() {
    }

    /** The layout of a text in a style (empty text gives null). */
    public static TextLayout layout(String text, Style s) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        AttributedString as = Fonts.attributed(text, s.weight() == Font.BOLD ? Font.BOLD : Font.PLAIN, s.size());
        if (s.tracking() != 0) {
            as.addAttribute(TextAttribute.TRACKING, s.tracking());
        }
        return new TextLayout(as.getIterator(), FRC);
    }

    /** Width of the text. */
    public static double width(String text, Style s) {
        TextLayout tl = layout(text, s);
        return tl == null ? 0 : tl.getAdvance();
    }

    /** Box of the text drawn with its baseline-left at (x, y): ascent above, descent below. */
    public static Rectangle2D box(String text, Style s, double x, double y) {
        TextLayout tl = layout(text, s);
        if (tl == null) {
            return new Rectangle2D.Double(x, y, 0, 0);
        }
        double slant = s.italic() ? 0.2 * tl.getAscent() : 0;
        return new Rectangle2D.Double(x, y - tl.getAscent(), tl.getAdvance() + slant, tl.getAscent() + tl.getDescent());
    }

    /** Ascent of the style's font (for a line of text). */
    public static double ascent(Style s) {
        TextLayout tl = layout("Hg", s);
        return tl.getAscent();
    }

    /** Line height (ascent + descent + leading). */
    public static double lineHeight(Style s) {
        TextLayout tl = layout("Hg", s);
        return tl.getAscent() + tl.getDescent() + tl.getLeading();
    }

    /** Draws the text with its baseline-left at (x, y). */
    public static void draw(Graphics2D g, String text, Style s, double x, double y) {
        TextLayout tl = layout(text, s);
        if (tl == null) {
            return;
        }
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        if (s.italic()) {
            at.shear(-0.2, 0);
        }
        Shape outline = tl.getOutline(at);
        if (s.halo() != null && s.haloWidth() > 0) {
            g.setColor(s.halo());
            g.setStroke(new BasicStroke(s.haloWidth() * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(s.color());
        g.fill(outline);
    }
}
