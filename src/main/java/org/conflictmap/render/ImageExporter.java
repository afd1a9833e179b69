package org.conflictmap.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.conflictmap.io.AtomicFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link Drawing} as PNG, SVG or PDF, atomically and byte-for-byte reproducibly:
 * <ul>
 * <li>PNG: antialiased raster with pHYs DPI metadata; RGB when fully opaque, RGBA otherwise (transparent layers).</li>
 * <li>SVG: Batik, text drawn as glyph outlines from the bundled fonts (renders identically in every browser without
 * font files), sequential ids, no timestamp; width/height in millimetres at the given dpi, with a pixel viewBox.</li>
 * <li>PDF: PDFBox 3 via pdfbox-graphics2d, bundled fonts embedded as subsets (right-to-left text as outlines), page
 * size = pixels at the given dpi, no dates, a document id derived from the content.</li>
 * </ul>
 */
public final class ImageExporter {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

    private ImageExporter() {
    }

    /** Writes {@code d} into {@code out} as {@code format}, {@code widthPx × heightPx} at {@code dpi}. */
    public static void write(Drawing d, Path out, OutputFormat format, int widthPx, int heightPx, int dpi)
            throws IOException {
        if (widthPx < 1 || heightPx < 1 || dpi < 1) {
            throw new IllegalArgumentException("size and dpi must be positive: " + widthPx + "x" + heightPx
                    + " @" + dpi + " for " + out);
        }
        AtomicFiles.write(out, bytes(d, format, widthPx, heightPx, dpi));
    }

    /** The bytes {@link #write} writes (they do not depend on the file name). */
    public static byte[] bytes(Drawing d, OutputFormat format, int widthPx, int heightPx, int dpi) throws IOException {
        if (widthPx < 1 || heightPx < 1 || dpi < 1) {
            throw new IllegalArgumentException("size and dpi must be positive: " + widthPx + "x" + heightPx
                    + " @" + dpi);
        }
        return switch (format) {
            case PNG -> png(d, widthPx, heightPx, dpi);
            case SVG -> svg(d, widthPx, heightPx, dpi);
            case PDF -> pdf(d, widthPx, heightPx, dpi);
        };
    }

    /** Writes with the format taken from the file extension and the width and dpi of a preset. */
    public static void write(Drawing d, Path out, SizePreset preset, int heightPx) throws IOException {
        write(d, out, OutputFormat.fromPath(out), preset.widthPx(), heightPx, preset.dpi());
    }

    /** The rendering hints every back end gets, so output looks the same in all formats. */
    public static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /** Renders to an ARGB image (transparent where nothing is drawn). */
    public static BufferedImage raster(Drawing d, int widthPx, int heightPx) {
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            applyHints(g);
            d.draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        } finally {
            g.dispose();
        }
        return img;
    }

    // ---------------------------------------------------------------- PNG

    /** PNG bytes with pHYs set to {@code dpi}. */
    public static byte[] png(Drawing d, int widthPx, int heightPx, int dpi) throws IOException {
        return encodePng(opaqueIfPossible(raster(d, widthPx, heightPx)), dpi);
    }

    /** Encodes an image as PNG with pHYs set to {@code dpi}. */
    public static byte[] encodePng(BufferedImage img, int dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this JDK");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String ppm = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            try {
                meta.mergeTree("javax_imageio_png_1.0", root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("cannot set PNG resolution", e);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage opaqueIfPossible(BufferedImage argb) {
        int w = argb.getWidth();
        int h = argb.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) {
                if ((p >>> 24) != 0xFF) {
                    return argb;
                }
            }
        }
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            rgb.setRGB(0, y, w, 1, row, 0, w);
        }
        return rgb;
    }

    // ---------------------------------------------------------------- SVG

    /** SVG bytes (UTF-8). */
    public static byte[] svg(Drawing d, int widthPx, int heightPx, int dpi) throws IOException {
        Document doc = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setComment(null);
        ctx.setEmbeddedFontsOn(false);
        ctx.setPrecision(3);
        SVGGraphics2D g = new SVGGraphics2D(ctx, true);
        g.setSVGCanvasSize(new Dimension(widthPx, heightPx));
        applyHints(g);
        d.draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        Element root = g.getRoot();
        root.setAttributeNS(null, "width", mm(widthPx, dpi));
        root.setAttributeNS(null, "height", mm(heightPx, dpi));
        root.setAttributeNS(null, "viewBox", "0 0 " + widthPx + " " + heightPx);
        StringWriter w = new StringWriter();
        try {
            g.stream(root, w, true, false);
        } finally {
            g.dispose();
        }
        // no DOCTYPE: it names an external DTD that XML tools would try to fetch
        String xml = DOCTYPE.matcher(w.toString()).replaceFirst("");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String mm(int px, int dpi) {
        return String.format(Locale.ROOT, "%.2fmm", px * 25.4 / dpi);
    }

    // ---------------------------------------------------------------- PDF

    /** PDF bytes: one page of {@code widthPx/dpi × heightPx/dpi} inches. */
    public static byte[] pdf(Drawing d, int widthPx, int heightPx, int dpi) throws IOException {
        float wPt = widthPx * 72f / dpi;
        float hPt = heightPx * 72f / dpi;
        try (PDDocument doc = new PDDocument(); PdfFontDrawer fonts = new PdfFontDrawer()) {
            PDPage page = new PDPage(new PDRectangle(wPt, hPt));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, widthPx, heightPx);
            g.setFontTextDrawer(fonts);
            try {
                applyHints(g);
                d.draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(Matrix.getScaleInstance(wPt / widthPx, hPt / heightPx));
                cs.drawForm(form);
            }
            byte[] content;
            try (InputStream in = form.getContentStream().createInputStream()) {
                content = in.readAllBytes();
            }
            byte[] id = documentId(content, widthPx, heightPx, dpi);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] documentId(byte[] content, int w, int h, int dpi) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(content);
            md.update((w + "x" + h + "@" + dpi).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
