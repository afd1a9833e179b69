package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.chart.ChartKind;
import org.conflictmap.render.chart.ChartSpec;
import org.conflictmap.render.chart.ChartStage;
import org.conflictmap.render.chart.KeyDate;
import org.conflictmap.render.chart.TimeBucket;

/**
 * The {@code charts:} stage of a run: {@link ChartStage} over the run's events, into {@code OUTPUT/charts/}.
 * Keys (all optional; the same as the options of {@code conflictmap chart}): {@code enabled},
 * {@code only} (list of chart names), {@code size} (column, page, slide), {@code formats} (png, svg, pdf),
 * {@code bucket} (day, week, month, auto), {@code style} (columns, area), {@code moving_average},
 * {@code top}, {@code colour_by} (type, country), {@code key_dates} (list of "DATE=LABEL"),
 * {@code attribution}, {@code folder} (default "charts").
 */
final class ChartFigures implements FigureStage {

    private static final Set<String> KEYS = Set.of("enabled", "only", "size", "formats", "bucket", "style",
            "moving_average", "top", "colour_by", "key_dates", "attribution", "folder");

    @Override
    public String name() {
        return "charts";
    }

    @Override
    public List<String> validate(Map<String, Object> section) {
        List<String> problems = new ArrayList<>();
        for (String k : section.keySet()) {
            if (!KEYS.contains(k)) {
                problems.add("unknown key '" + k + "' (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
        }
        try {
            spec(section);
        } catch (IllegalArgumentException | ClassCastException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** Maps draw the in-memory events only: they may run beside the data files and the charts. */
    @Override
    public boolean readsEarlierOutputs() {
        return false;
    }

    @Override
    public List<Path> render(RunOutputs outputs, Map<String, Object> section) throws IOException {
        String folder = String.valueOf(section.getOrDefault("folder", "charts"));
        return ChartStage.write(outputs.events(), spec(section), outputs.outputDir().resolve(folder));
    }

    static ChartSpec spec(Map<String, Object> s) {
        ChartSpec spec = ChartSpec.defaults();
        if (s.get("size") != null) {
            spec = spec.withSize(SizePreset.parse(text(s, "size")));
        }
        if (s.get("formats") != null) {
            spec = spec.withFormats(strings(s, "formats").stream().map(OutputFormat::parse).distinct().toList());
        }
        if (s.get("bucket") != null) {
            spec = spec.withBucket(TimeBucket.parse(text(s, "bucket")));
        }
        if (s.get("style") != null) {
            spec = spec.withStyle(ChartSpec.TimelineStyle.valueOf(upper(s, "style")));
        }
        if (s.get("moving_average") != null) {
            spec = spec.withMovingAverage(integer(s, "moving_average"));
        }
        if (s.get("top") != null) {
            spec = spec.withTopN(integer(s, "top"));
        }
        if (s.get("colour_by") != null) {
            spec = spec.withColourBy(ChartSpec.BarColouring.valueOf(upper(s, "colour_by")));
        }
        if (s.get("key_dates") != null) {
            spec = spec.withKeyDates(strings(s, "key_dates").stream().map(KeyDate::parse).toList());
        }
        if (s.get("only") != null) {
            spec = spec.withKinds(strings(s, "only").stream().map(ChartKind::parse).distinct().toList());
        }
        if (s.get("attribution") != null) {
            spec = spec.withAttribution(text(s, "attribution"));
        }
        return spec;
    }

    private static String text(Map<String, Object> s, String k) {
        return String.valueOf(s.get(k)).trim();
    }

    private static String upper(Map<String, Object> s, String k) {
        String v = text(s, k).toUpperCase(Locale.ROOT);
        if (k.equals("style") && !v.equals("COLUMNS") && !v.equals("AREA")
                || k.equals("colour_by") && !v.equals("TYPE") && !v.equals("COUNTRY")) {
            throw new IllegalArgumentException("'" + k + "': unknown value '" + s.get(k) + "'");
        }
        return v;
    }

    private static int integer(Map<String, Object> s, String k) {
        if (s.get(k) instanceof Integer i) {
            return i;
        }
        throw new IllegalArgumentException("'" + k + "' must be a whole number, not '" + s.get(k) + "'");
    }

    private static List<String> strings(Map<String, Object> s, String k) {
        Object v = s.get(k);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v).split(",")).stream().map(String::trim).toList();
    }
}
