package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.report.ReportData;
import org.conflictmap.report.ReportStage;
import org.conflictmap.report.RunDirReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap report}: the HTML and Markdown report of a run folder. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write RUN_DIR/report/index.html and RUN_DIR/report/report.md from the outputs of 'conflictmap run'",
            "(and of 'map' and 'chart'): run summary, the maps and charts with captions, the top places, the",
            "unresolved names with an example sentence each, the documents and sentences behind every place,",
            "and links to the data files.",
            "index.html is one self-contained page: images are embedded, no script runs (a Content-Security-",
            "Policy forbids it), nothing is fetched; open it from disk, mail it or archive it.",
            "Figures: the --image files, else every PNG/SVG in RUN_DIR/maps, RUN_DIR/charts and other",
            "sub-folders, titled and captioned from the figures.json that 'chart' (and 'map') write there."
        },
        footer = {"", "Examples:",
            "  conflictmap report --run-dir output/",
            "  conflictmap report --run-dir output/ --image output/maps/overview.png --image output/charts/timeline.png"})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--run-dir", defaultValue = "output", paramLabel = "DIR",
            description = "The run's output folder (default: ${DEFAULT-VALUE}).")
    private Path runDir;

    @Option(names = "--image", paramLabel = "FILE", description = "A map or chart to show (repeatable, in order).")
    private List<Path> images = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: conflictmap run report).")
    private String title;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path p : images) {
            if (!Files.isRegularFile(p)) {
                err.println("error: no image " + p);
                return 66;
            }
        }
        ReportData data;
        try {
            data = RunDirReader.read(runDir, images);
        } catch (NoSuchFileException e) {
            err.println("error: " + e.getFile() + " not found (is " + runDir + " the output folder of 'conflictmap run'?)");
            return 66;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 65;
        }
        if (title != null) {
            data = new ReportData(title, data.summary(), data.events(), data.unresolved(), data.figures(),
                    data.dataFiles());
        }
        Path dir = runDir.resolve(ReportStage.DIR);
        try {
            for (String problem : ReportStage.problems(data, dir)) {
                err.println("warning: " + problem);
            }
            for (Path p : ReportStage.write(data, dir)) {
                stdout.println(p);
            }
            stdout.flush();
            err.println("report: " + data.events().size() + " events, " + data.figures().size() + " figures, "
                    + data.unresolved().size() + " unresolved names in " + dir);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write the report to " + dir + ": " + e.getMessage());
            return 73;
        }
    }
}
