package org.conflictmap.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Maps the bundled fonts to embedded PDF fonts, loading each face into the document only when it is first used
 * (as a subset). Fonts that are not bundled return null, so their text is drawn as outlines. One per document.
 */
final class PdfFontDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final Map<String, String> resourceByName = new HashMap<>();
    private final Map<String, PDFont> loaded = new HashMap<>();

    PdfFontDrawer() {
        List<Font> fonts = Fonts.bundled();
        for (int i = 0; i < fonts.size(); i++) {
            resourceByName.put(fonts.get(i).getFontName(), Fonts.RESOURCES.get(i));
        }
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        String name = font.getFontName();
        PDFont pdf = loaded.get(name);
        if (pdf != null) {
            return pdf;
        }
        String resource = resourceByName.get(name);
        if (resource == null) {
            return null;
        }
        PDDocument doc = env.getDocument();
        try (InputStream in = PdfFontDrawer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled font missing from the jar: " + resource);
            }
            pdf = PDType0Font.load(doc, in, true);
        }
        loaded.put(name, pdf);
        return pdf;
    }
}
