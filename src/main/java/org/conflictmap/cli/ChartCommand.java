package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.events.Event;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.chart.ChartKind;
import org.conflictmap.render.chart.ChartSpec;
import org.conflictmap.render.chart.ChartStage;
import org.conflictmap.render.chart.KeyDate;
import org.conflictmap.render.chart.TimeBucket;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap chart}: event-frequency charts from the events.csv of a run. */
@Command(name = "chart",
        mixinStandardHelpOptions = true,
        description = {
            "Draw event-frequency charts from the events.csv written by 'conflictmap run':",
            "  timeline            events per day/week/month, stacked by event type",
            "  top-places          the N places with most events (horizontal bars)",
            "  countries, admin1   events by country and by first-level region",
            "  types               events by event type (colours as on the maps)",
            "  place-time-heatmap  top places x weeks (or months) matrix",
            "Each chart has a title, subtitle (period, events, sources), caption and attribution, and is written",
            "as PNG/SVG/PDF at a size preset. A figures.json next to the images lists titles, captions and alt",
            "texts (the report uses it). Same input and options give byte-identical files."
        },
        footer = {"", "Examples:",
            "  conflictmap chart --events output/events.csv",
            "  conflictmap chart --events output/events.csv --size page --format png,pdf --bucket week \\",
            "      --moving-average 4 --key-date 2020-10-10=Moscow truce --key-date 2020-11-10=Ceasefire",
            "  conflictmap chart --events output/events.csv --only top-places --top 25 --colour-by country"})
final class ChartCommand implements Callable<Integer> {

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "events.csv written by 'run'.")
    private Path events;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: 'charts' next to the events file).")
    private Path out;

    @Option(names = "--size", defaultValue = "column", paramLabel = "PRESET",
            description = "column (85 mm @300 dpi), page (180 mm @300 dpi) or slide (1920x1080); default: ${DEFAULT-VALUE}.")
    private String size;

    @Option(names = "--format", defaultValue = "png", split = ",", paramLabel = "FMT",
            description = "png, svg, pdf, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Option(names = "--bucket", defaultValue = "auto", paramLabel = "B",
            description = "day, week, month or auto: day up to 92 days, week up to 2 years, else month (default: ${DEFAULT-VALUE}).")
    private String bucket;

    @Option(names = "--style", defaultValue = "columns", paramLabel = "S",
            description = "Timeline as 'columns' or 'area' (default: ${DEFAULT-VALUE}).")
    private String style;

    @Option(names = "--moving-average", defaultValue = "0", paramLabel = "N",
            description = "Draw an N-bucket trailing moving average of the total on the timeline (0: none).")
    private int movingAverage;

    @Option(names = "--top", defaultValue = "15", paramLabel = "N",
            description = "Bars in ranking charts and rows in the heat matrix (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--colour-by", defaultValue = "type", paramLabel = "C",
            description = "Top-places and admin-1 bars: 'type' (stacked) or 'country' (default: ${DEFAULT-VALUE}).")
    private String colourBy;

    @Option(names = "--key-date", paramLabel = "DATE=LABEL",
            description = "Mark a date on the timeline, e.g. 2020-11-10=Ceasefire (repeatable).")
    private List<String> keyDates = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "CHART",
            description = "Only these charts (comma-separated names, see above).")
    private List<String> only;

    @Option(names = "--attribution", paramLabel = "TEXT", description = "Attribution line under every chart.")
    private String attribution;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ChartSpec cs;
        try {
            cs = spec();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        List<Event> list;
        try {
            list = EventsCsv.read(events);
        } catch (NoSuchFileException e) {
            err.println("error: no events file " + events + " (run 'conflictmap run' first)");
            return 66;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 65;
        }
        Path dir = out != null ? out : sibling(events, "charts");
        try {
            List<Path> written = ChartStage.write(list, cs, dir);
            for (Path p : written) {
                stdout.println(p);
            }
            stdout.flush();
            err.println("charts: " + written.size() + " files from " + list.size() + " events in " + dir);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write charts to " + dir + ": " + e.getMessage());
            return Files.isDirectory(dir) ? 74 : 73;
        }
    }

    private ChartSpec spec() {
        List<OutputFormat> fmts = formats.stream().map(OutputFormat::parse).distinct().toList();
        List<KeyDate> kds = keyDates.stream().map(KeyDate::parse).toList();
        ChartSpec s = ChartSpec.defaults()
                .withSize(SizePreset.parse(size))
                .withFormats(fmts)
                .withBucket(TimeBucket.parse(bucket))
                .withStyle(enumOf(ChartSpec.TimelineStyle.class, style, "--style"))
                .withMovingAverage(movingAverage)
                .withTopN(top)
                .withColourBy(enumOf(ChartSpec.BarColouring.class, colourBy, "--colour-by"))
                .withKeyDates(kds);
        if (only != null && !only.isEmpty()) {
            s = s.withKinds(only.stream().map(ChartKind::parse).distinct().toList());
        }
        if (attribution != null) {
            s = s.withAttribution(attribution);
        }
        return s;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + ": unknown value '" + value + "'");
    }

    private static Path sibling(Path file, String name) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
