package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictmap.report.Figure;
import org.conflictmap.report.ReportData;
import org.conflictmap.report.ReportStage;
import org.conflictmap.report.RunDirReader;
import org.conflictmap.report.RunSummary;

/**
 * The {@code report:} stage of a run (last: it embeds the maps and charts of the stages before it): writes
 * {@code OUTPUT/report/index.html} and {@code report.md}. Section keys: enabled, title.
 */
final class ReportFigureStage implements FigureStage {

    static final Set<String> KEYS = Set.of("enabled", "title");

    @Override
    public String name() {
        return "report";
    }

    @Override
    public List<String> validate(Map<String, Object> section) {
        List<String> problems = new ArrayList<>();
        for (String k : section.keySet()) {
            if (!KEYS.contains(k)) {
                problems.add("report." + k + ": unknown key (known: enabled, title)");
            }
        }
        return problems;
    }

    /** The report embeds the figures of the stages before it and links the data files by name only. */
    @Override
    public boolean readsDataFiles() {
        return false;
    }

    @Override
    public List<Path> render(RunOutputs o, Map<String, Object> section) throws IOException {
        List<Path> images = new ArrayList<>();
        List<String> order = new ArrayList<>(List.of("maps", "charts"));
        for (String stage : new TreeSet<>(o.figures().keySet())) {
            if (!order.contains(stage)) {
                order.add(stage);
            }
        }
        for (String stage : order) {
            images.addAll(o.figures().getOrDefault(stage, List.of()));
        }
        List<Figure> figures = RunDirReader.figuresFor(images);
        RunCounts c = o.counts();
        RunSummary summary = new RunSummary(ToolVersion.get(), List.of(), c.recordsRead(), c.skipped(),
                c.documents(), c.mentions(), c.events(), c.places(), c.unresolvedNames(), c.unresolvedMentions(),
                c.warnings());
        List<String> data = new ArrayList<>();
        Path out = o.outputDir().toAbsolutePath().normalize();
        for (String name : RunDirReader.DATA_FILES.keySet()) {
            boolean written = name.equals("manifest.json") || o.files().values().stream()
                    .anyMatch(p -> p.toAbsolutePath().normalize().equals(out.resolve(name)));
            if (written) {
                data.add("../" + name);
            }
        }
        Object title = section.get("title");
        ReportData rd = new ReportData(title == null ? null : title.toString(), summary, o.events(), o.unresolved(),
                figures, data);
        return ReportStage.write(rd, o.outputDir().resolve(ReportStage.DIR));
    }
}
