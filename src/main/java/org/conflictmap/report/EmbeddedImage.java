package org.conflictmap.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A figure prepared for the page: the image as a data: URI (PNG decoded first, so a broken file is reported rather
 * than shown as a broken image), its size, whether it spans the page, and links to its files in every format.
 *
 * @param figure  the figure
 * @param dataUri the data: URI, or null when the image cannot be used
 * @param width   pixel width (0 unknown)
 * @param height  pixel height (0 unknown)
 * @param wide    whether it takes the full page width (page-width and slide figures)
 * @param problem why it cannot be shown, or ""
 * @param links   {format label, href relative to the report folder} of the image's files
 */
record EmbeddedImage(Figure figure, String dataUri, int width, int height, boolean wide, String problem,
                     List<String[]> links) {

    static EmbeddedImage load(Figure f, Path reportDir) {
        Path img = f.image();
        List<String[]> links = new ArrayList<>();
        String base = RunDirReader.base(img);
        for (String ext : List.of("png", "svg", "pdf")) {
            Path p = Path.of(base + "." + ext);
            if (Files.isRegularFile(p)) {
                links.add(new String[] {ext.toUpperCase(java.util.Locale.ROOT), relative(reportDir, p)});
            }
        }
        try {
            byte[] bytes = Files.readAllBytes(img);
            String ext = RunDirReader.ext(img);
            if (ext.equals("svg")) {
                return new EmbeddedImage(f, "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(bytes),
                        0, 0, false, "", links);
            }
            BufferedImage bi = ImageIO.read(new ByteArrayInputStream(bytes));
            if (bi == null) {
                return broken(f, "Image " + img.getFileName() + " is not a readable PNG.", links);
            }
            int w = bi.getWidth();
            int h = bi.getHeight();
            boolean wide = w >= 1800;
            return new EmbeddedImage(f, "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes), w, h,
                    wide, "", links);
        } catch (IOException e) {
            return broken(f, "Image " + img.getFileName() + " cannot be read: " + e.getMessage(), links);
        }
    }

    private static EmbeddedImage broken(Figure f, String why, List<String[]> links) {
        return new EmbeddedImage(f, null, 0, 0, false, why, links);
    }

    /** The path of {@code file} relative to {@code dir}, with '/' separators. */
    static String relative(Path dir, Path file) {
        return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
