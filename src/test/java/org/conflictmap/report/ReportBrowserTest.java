package org.conflictmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium (when /usr/bin/chromium exists; .ci/run installs Debian's chromium):
 * the screenshot is not blank, the DOM shows the hostile text as text with no injected elements, every image is
 * an embedded data: URI, and the console logged nothing (no CSP violation, no failed load). A control page with an
 * injected script proves the console check can fail.
 */
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result chromium(Path profile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chromium-" + profile.getFileName() + ".out");
        Path err = dir.resolve("chromium-" + profile.getFileName() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> consoleLines(String stderr) {
        List<String> out = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (line.contains(":CONSOLE") || line.contains("Refused to")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void reportRendersInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED: /usr/bin/chromium not installed (apt-get install chromium)");
        Path run = ReportStageTest.run(dir);
        Path html = ReportStage.write(run, List.of()).get(0);
        String url = html.toUri().toString();

        Path shot = dir.resolve("report.png");
        Result s = chromium(dir.resolve("p1"), "--screenshot=" + shot, "--window-size=1280,2000", url);
        assertEquals(0, s.exit(), s.stderr());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1280, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        assertTrue(colours.size() > 50, "screenshot has content: " + colours.size() + " colours");
        assertTrue(ink > img.getWidth() * img.getHeight() / 4 / 20, "more than 5% of the page is not white: " + ink);
        assertTrue(consoleLines(s.stderr()).isEmpty(), "console: " + consoleLines(s.stderr()));

        Result d = chromium(dir.resolve("p2"), "--dump-dom", url);
        assertEquals(0, d.exit(), d.stderr());
        String dom = d.stdout();
        assertTrue(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "script payload is text in the DOM");
        assertTrue(dom.contains("&lt;img src=x onerror=alert(1)&gt;"), "img payload is text in the DOM");
        assertFalse(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(dom).find(), "no script element");
        ReportStageTest.assertOnlySafeImgAttributes(dom);
        int imgs = 0;
        var m = Pattern.compile("<img ([^>]*)>").matcher(dom);
        while (m.find()) {
            imgs++;
            assertTrue(m.group(1).startsWith("src=\"data:image/"), "only embedded images: " + m.group(1).substring(0,
                    Math.min(80, m.group(1).length())));
        }
        assertEquals(3, imgs, "map + two charts");
        assertTrue(consoleLines(d.stderr()).isEmpty(), "console: " + consoleLines(d.stderr()));

        // control: the same page with an injected inline script must be blocked and show up in the console log
        String page = Files.readString(html);
        String head = page.substring(0, page.indexOf("<body>"));
        Path bad = html.resolveSibling("control.html");
        Files.writeString(bad, head + "<body><p>control</p><script>document.title='pwned'</script></body></html>\n");
        Result c = chromium(dir.resolve("p3"), "--dump-dom", bad.toUri().toString());
        assertFalse(c.stdout().contains("<title>pwned</title>"), "CSP blocked the script");
        assertFalse(consoleLines(c.stderr()).isEmpty(), "the console check sees a CSP violation");
    }
}
