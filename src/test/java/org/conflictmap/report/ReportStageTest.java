package org.conflictmap.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.chart.ChartKind;
import org.conflictmap.render.chart.ChartSpec;
import org.conflictmap.render.chart.ChartStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStageTest {

    @TempDir
    Path dir;

    /** A run folder with data files, a map PNG and two charts (PNG + SVG). */
    static Path run(Path dir) throws Exception {
        Path run = dir.resolve("output");
        ReportFixtures.writeRun(run);
        ChartStage.write(ReportFixtures.events(), ChartSpec.defaults()
                .withKinds(List.of(ChartKind.TIMELINE, ChartKind.TOP_PLACES))
                .withFormats(List.of(OutputFormat.PNG, OutputFormat.SVG)), run.resolve("charts"));
        return run;
    }

    static final Pattern IMG = Pattern.compile("<img src=\"data:image/(png|svg\\+xml);base64,([A-Za-z0-9+/=]+)\"");

    @Test
    void writesOneSelfContainedEscapedDeterministicPage() throws Exception {
        Path run = run(dir);
        List<Path> a = ReportStage.write(run, List.of());
        byte[] first = Files.readAllBytes(a.get(0));
        byte[] firstMd = Files.readAllBytes(a.get(1));
        List<Path> b = ReportStage.write(run, List.of());
        assertArrayEquals(first, Files.readAllBytes(b.get(0)), "index.html is reproducible");
        assertArrayEquals(firstMd, Files.readAllBytes(b.get(1)), "report.md is reproducible");
        assertEquals(run.resolve("report/index.html"), a.get(0));
        String html = Files.readString(a.get(0));

        // no script anywhere, and a CSP that forbids scripts and remote loads
        assertFalse(html.toLowerCase().contains("<script"), "no script element");
        assertTrue(html.contains("content=\"default-src 'none'; img-src data:;"));
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        assertTrue(html.contains("style-src '" + HtmlReport.sha256(style.group(1)) + "'"), "style pinned by hash");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing remote");

        // hostile article text shows as text
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("Erevan&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;")
                || html.contains("Erevan&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(html.contains("<img src=x"));
        assertOnlySafeImgAttributes(html);

        // every image is embedded and decodes; the map comes first; PNG preferred over SVG
        Matcher m = IMG.matcher(html);
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            kinds.add(m.group(1));
            if (m.group(1).equals("png")) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(2))));
                assertTrue(img != null && img.getWidth() > 100);
            }
        }
        assertEquals(List.of("png", "png", "png"), kinds);
        assertTrue(html.indexOf("alt=\"Overview\"") < html.indexOf("alt=\"Stacked column chart"));
        assertTrue(html.contains("href=\"../charts/timeline.svg\""), "other formats linked");

        // summary, tables, provenance, data links
        assertTrue(html.contains("23.1% of place mentions"), "unresolved share from the manifest");
        assertTrue(html.contains("1 warning, 1 record skipped"));
        assertTrue(html.contains("<details id=\"p174875\"><summary><strong>Stepanakert</strong>"));
        assertTrue(html.contains("href=\"../events.csv\""));
        assertTrue(html.contains("href=\"../errors.csv\""));
        assertTrue(html.contains("=cmd|&#39; /C calc&#39;!A0"), "formula-neutralised cell read back as text");

        String md = Files.readString(a.get(1));
        assertTrue(md.contains("![Stacked column chart"));
        assertTrue(md.contains("(../charts/timeline.png)"));
        assertTrue(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
        assertFalse(md.contains("<script"));
    }

    /** Every img element has only src (a data: URI), alt, width and height attributes: nothing injected. */
    static void assertOnlySafeImgAttributes(String html) {
        Matcher tag = Pattern.compile("<img\\s((?:[a-zA-Z-]+=\"[^\"]*\"\\s*)*)/?>").matcher(html);
        int tags = 0;
        while (tag.find()) {
            tags++;
            Matcher attr = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"").matcher(tag.group(1));
            while (attr.find()) {
                assertTrue(List.of("src", "alt", "width", "height").contains(attr.group(1)), attr.group(1));
                if (attr.group(1).equals("src")) {
                    assertTrue(attr.group(2).startsWith("data:image/"), "embedded image");
                }
            }
        }
        int opened = html.split("<img", -1).length - 1;
        assertEquals(opened, tags, "every <img is a well-formed tag with quoted attributes");
    }

    @Test
    void emptyRunStillGivesAReadablePage() throws Exception {
        Path run = dir.resolve("empty");
        org.conflictmap.export.EventsCsv.write(run.resolve("events.csv"), List.of());
        List<Path> out = ReportStage.write(run, List.of());
        String html = Files.readString(out.get(0));
        assertTrue(html.contains("No events"));
        assertTrue(html.contains("No maps or charts were produced"));
        assertTrue(html.contains("Every place name found was placed."));
    }

    @Test
    void brokenImageIsReportedNotShownBroken() throws Exception {
        Path run = dir.resolve("broken");
        org.conflictmap.export.EventsCsv.write(run.resolve("events.csv"), ReportFixtures.events());
        Files.createDirectories(run.resolve("maps"));
        Files.writeString(run.resolve("maps/bad.png"), "not a png");
        ReportData data = RunDirReader.read(run, List.of());
        assertEquals(1, ReportStage.problems(data, run.resolve("report")).size());
        String html = Files.readString(ReportStage.write(data, run.resolve("report")).get(0));
        assertTrue(html.contains("is not a readable PNG"));
        assertFalse(html.contains("<img"));
    }
}
