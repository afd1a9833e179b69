package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.conflictmap.render.ImageExporter;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.basemap.BaseMap;
import org.junit.jupiter.api.Test;

/**
 * Compares a small South Caucasus map with the committed golden image, pixel by pixel with a
 * tolerance (anti-aliasing may differ slightly between JDK builds). Regenerate after an intended
 * change with {@code mvn test -Dtest=MapGoldenTest -Dgolden.update=true} and look at the image.
 */
class MapGoldenTest {

    private static final String GOLDEN = "/org/conflictmap/render/map/golden-caucasus.png";
    private static final int W = 560;

    @Test
    void caucasusMapMatchesGolden() throws Exception {
        MapSpec spec = new MapSpec("golden", MapExtent.AUTO, ProjectionKind.AUTO, MapLayer.defaults(), SizePreset.COLUMN,
                List.of(OutputFormat.PNG), "Golden test", null, Set.of(), null, MapSpec.Multiples.NONE, 3, false);
        MapData data = new MapDataBuilder(BaseMap.bundled(), null).build(MapEvents.of(MapTestEvents.caucasus(), i -> ""), spec);
        MapStyle style = MapStyle.forDpi(96);
        int h = MapLayout.pageHeight(data, W, style);
        byte[] png = ImageExporter.png(new MapRenderer(data, style), W, h, 96);
        if (Boolean.getBoolean("golden.update")) {
            Path target = Path.of("src/test/resources" + GOLDEN);
            Files.createDirectories(target.getParent());
            Files.write(target, png);
        }
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage expected;
        try (InputStream in = MapGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, "golden image missing: " + GOLDEN);
            expected = ImageIO.read(in);
        }
        assertTrue(actual.getWidth() == expected.getWidth() && actual.getHeight() == expected.getHeight(),
                "size " + actual.getWidth() + "x" + actual.getHeight() + " vs golden " + expected.getWidth() + "x" + expected.getHeight());
        long off = 0;
        double sum = 0;
        int n = actual.getWidth() * actual.getHeight();
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int b = expected.getRGB(x, y);
                int d = Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)),
                        Math.max(Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
                sum += d;
                if (d > 48) {
                    off++;
                }
            }
        }
        double mean = sum / n;
        assertTrue(off < n * 0.005 && mean < 2.0, String.format("differs from golden: %d pixels off (%.2f%%), mean %.2f",
                off, 100.0 * off / n, mean));
    }
}
