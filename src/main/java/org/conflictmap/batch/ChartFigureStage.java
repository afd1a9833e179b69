package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
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
 * The {@code charts:} stage of a run: draws the charts into {@code OUTPUT/charts} with {@link ChartStage}.
 * Section keys: enabled, size (column|page|slide), formats (list or "png,svg"), bucket (day|week|month|auto),
 * style (columns|area), moving_average (buckets), top (N), colour_by (type|country), key_dates (list of
 * "YYYY-MM-DD=Label" or a map date: label), only (chart names), attribution.
 */
final class ChartFigureStage implements FigureStage {

    static final Set<String> KEYS = Set.of("enabled", "size", "formats", "bucket", "style", "moving_average", "top",
            "colour_by", "key_dates", "only", "attribution");

    @Override
    public String name() {
        return "charts";
    }

    @Override
    public List<String> validate(Map<String, Object> section) {
        List<String> problems = new ArrayList<>();
        for (String k : section.keySet()) {
            if (!KEYS.contains(k)) {
                problems.add("charts." + k + ": unknown key (known: " + String.join(", ", new java.util.TreeSet<>(KEYS))
                        + ")");
            }
        }
        try {
            spec(section);
        } catch (IllegalArgumentException e) {
            problems.add("charts: " + e.getMessage());
        }
        return problems;
    }

    @Override
    public List<Path> render(RunOutputs outputs, Map<String, Object> section) throws IOException {
        Path dir = outputs.outputDir().resolve("charts");
        List<Path> written = new ArrayList<>(ChartStage.write(outputs.events(), spec(section), dir));
        written.add(dir.resolve(ChartStage.FIGURES_JSON));
        return written;
    }

    /** The chart spec of a section (defaults for missing keys); IllegalArgumentException names a bad value. */
    static ChartSpec spec(Map<String, Object> s) {
        ChartSpec spec = ChartSpec.defaults();
        if (s.get("size") != null) {
            spec = spec.withSize(SizePreset.parse(s.get("size").toString()));
        }
        if (s.get("formats") != null) {
            spec = spec.withFormats(strings(s.get("formats")).stream().map(OutputFormat::parse).distinct().toList());
        }
        if (s.get("bucket") != null) {
            spec = spec.withBucket(TimeBucket.parse(s.get("bucket").toString()));
        }
        if (s.get("style") != null) {
            spec = spec.withStyle(ChartSpec.TimelineStyle.valueOf(word(s.get("style"), "style")));
        }
        if (s.get("moving_average") != null) {
            spec = spec.withMovingAverage(integer(s.get("moving_average"), "moving_average"));
        }
        if (s.get("top") != null) {
            spec = spec.withTopN(integer(s.get("top"), "top"));
        }
        if (s.get("colour_by") != null) {
            spec = spec.withColourBy(ChartSpec.BarColouring.valueOf(word(s.get("colour_by"), "colour_by")));
        }
        if (s.get("only") != null) {
            spec = spec.withKinds(strings(s.get("only")).stream().map(ChartKind::parse).distinct().toList());
        }
        if (s.get("attribution") != null) {
            spec = spec.withAttribution(s.get("attribution").toString());
        }
        Object kd = s.get("key_dates");
        if (kd != null) {
            List<KeyDate> dates = new ArrayList<>();
            if (kd instanceof Map<?, ?> m) {
                m.forEach((k, v) -> dates.add(new KeyDate(date(k), v == null ? "" : v.toString())));
            } else {
                for (String e : strings(kd)) {
                    dates.add(KeyDate.parse(e));
                }
            }
            spec = spec.withKeyDates(dates);
        }
        return spec;
    }

    private static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(o.toString().trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("key_dates: '" + o + "' is not a YYYY-MM-DD date", e);
        }
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x).trim()));
        } else {
            for (String p : o.toString().split(",")) {
                if (!p.isBlank()) {
                    out.add(p.trim());
                }
            }
        }
        return out;
    }

    private static String word(Object o, String key) {
        String w = o.toString().trim().toUpperCase(java.util.Locale.ROOT);
        if (!w.matches("[A-Z_]+")) {
            throw new IllegalArgumentException(key + ": unknown value '" + o + "'");
        }
        return w;
    }

    private static int integer(Object o, String key) {
        try {
            return o instanceof Number n ? n.intValue() : Integer.parseInt(o.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: '" + o + "'", e);
        }
    }
}
