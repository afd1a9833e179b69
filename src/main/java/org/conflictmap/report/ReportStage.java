package org.conflictmap.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.io.AtomicFiles;

/**
 * The report stage: writes {@code index.html} (one self-contained offline page, no scripts) and {@code report.md}
 * into a report folder. Deterministic: the same data and images give byte-identical files.
 */
public final class ReportStage {

    /** Name of the report folder inside a run folder. */
    public static final String DIR = "report";

    private ReportStage() {
    }

    /** Writes the report of {@code data} into {@code reportDir}; returns [index.html, report.md]. */
    public static List<Path> write(ReportData data, Path reportDir) throws IOException {
        List<EmbeddedImage> images = new ArrayList<>();
        for (Figure f : data.figures()) {
            images.add(EmbeddedImage.load(f, reportDir));
        }
        Path html = reportDir.resolve("index.html");
        Path md = reportDir.resolve("report.md");
        List<PlaceSummary> places = PlaceSummary.of(data.events());
        AtomicFiles.writeString(html, new HtmlReport(data, images, places).render());
        AtomicFiles.writeString(md, new MarkdownReport(data, reportDir, places).render());
        return List.of(html, md);
    }

    /**
     * Reads a run folder (events.csv, unresolved.csv, manifest.json, figures) and writes its report into
     * {@code runDir/report}. {@code images} are the map and chart files to show; empty → found in the run folder.
     */
    public static List<Path> write(Path runDir, List<Path> images) throws IOException {
        return write(RunDirReader.read(runDir, images), runDir.resolve(DIR));
    }

    /** The images of a report that could not be embedded (unreadable files), for warnings. */
    public static List<String> problems(ReportData data, Path reportDir) {
        List<String> out = new ArrayList<>();
        for (Figure f : data.figures()) {
            EmbeddedImage im = EmbeddedImage.load(f, reportDir);
            if (im.dataUri() == null) {
                out.add(im.problem());
            }
        }
        return out;
    }
}
