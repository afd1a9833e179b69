package org.conflictmap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.List;

/**
 * The bundled Noto fonts (SIL OFL 1.1, in {@code /fonts/} of the jar), loaded with {@link Font#createFont} so that
 * output never depends on the fonts installed on a machine. Noto Sans covers Latin, Greek and Cyrillic; Armenian,
 * Georgian and Arabic have their own faces. {@link #forText} and {@link #attributed} pick the face per script.
 */
public final class Fonts {

    /** Resource names of the bundled fonts, in fallback order (regular faces). */
    public static final List<String> RESOURCES = List.of("/fonts/NotoSans-Regular.ttf", "/fonts/NotoSans-Bold.ttf",
            "/fonts/NotoSansArmenian-Regular.ttf", "/fonts/NotoSansGeorgian-Regular.ttf",
            "/fonts/NotoSansArabic-Regular.ttf");

    private Fonts() {
    }

    /** Loaded once, immutable. */
    private static final class Holder {
        static final Font REGULAR = load("/fonts/NotoSans-Regular.ttf");
        static final Font BOLD = load("/fonts/NotoSans-Bold.ttf");
        static final Font ARMENIAN = load("/fonts/NotoSansArmenian-Regular.ttf");
        static final Font GEORGIAN = load("/fonts/NotoSansGeorgian-Regular.ttf");
        static final Font ARABIC = load("/fonts/NotoSansArabic-Regular.ttf");
        static final List<Font> FALLBACK = List.of(REGULAR, ARMENIAN, GEORGIAN, ARABIC);
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the jar: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is not a TrueType font: " + resource, e);
        }
    }

    /** Noto Sans Regular at {@code size} (pixels of the target). */
    public static Font regular(float size) {
        return Holder.REGULAR.deriveFont(size);
    }

    /** Noto Sans Bold at {@code size}. */
    public static Font bold(float size) {
        return Holder.BOLD.deriveFont(size);
    }

    /** The five bundled faces at size 1 (for registering them with back ends such as the PDF writer). */
    public static List<Font> bundled() {
        return List.of(Holder.REGULAR, Holder.BOLD, Holder.ARMENIAN, Holder.GEORGIAN, Holder.ARABIC);
    }

    /**
     * The bundled font that can display all of {@code text} (Noto Sans first, then Armenian, Georgian, Arabic);
     * when none can, the one that displays the most characters. {@code style} is {@link Font#PLAIN} or
     * {@link Font#BOLD}; scripts without a bold face get Java's derived bold.
     */
    public static Font forText(String text, int style, float size) {
        Font best = null;
        int bestCount = -1;
        for (Font f : Holder.FALLBACK) {
            int count = displayable(f, text);
            if (count == text.codePointCount(0, text.length())) {
                return styled(f, style, size);
            }
            if (count > bestCount) {
                best = f;
                bestCount = count;
            }
        }
        return styled(best, style, size);
    }

    /**
     * Text with a font attribute per run, so that mixed-script labels (e.g. "Ստեփանակերտ / Stepanakert") draw every
     * character with a bundled face that has it. Draw it with {@code g.drawString(a.getIterator(), x, y)} or measure
     * it with {@link java.awt.font.TextLayout}.
     */
    public static AttributedString attributed(String text, int style, float size) {
        AttributedString as = new AttributedString(text);
        if (text.isEmpty()) {
            return as;
        }
        Font primary = forText(text, style, size);
        int runStart = 0;
        Font runFont = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            Font f = fontFor(cp, runFont, primary, style, size);
            if (runFont != null && !f.equals(runFont)) {
                as.addAttribute(TextAttribute.FONT, runFont, runStart, i);
                runStart = i;
            }
            runFont = f;
            i += Character.charCount(cp);
        }
        as.addAttribute(TextAttribute.FONT, runFont, runStart, text.length());
        return as;
    }

    /** The font for one code point: keep the current run's font when it has the glyph (spaces, digits). */
    private static Font fontFor(int cp, Font current, Font primary, int style, float size) {
        if (current != null && current.canDisplay(cp) && !Character.isLetter(cp)) {
            return current;
        }
        if (primary.canDisplay(cp)) {
            return primary;
        }
        for (Font f : Holder.FALLBACK) {
            if (f.canDisplay(cp)) {
                return styled(f, style, size);
            }
        }
        return current != null ? current : primary;
    }

    private static Font styled(Font f, int style, float size) {
        if ((style & Font.BOLD) != 0) {
            if (f == Holder.REGULAR) {
                return Holder.BOLD.deriveFont(size);
            }
            return f.deriveFont(Font.BOLD, size);
        }
        return f.deriveFont(size);
    }

    private static int displayable(Font f, String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (f.canDisplay(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
