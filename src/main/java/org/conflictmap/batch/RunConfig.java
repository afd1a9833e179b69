package org.conflictmap.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictmap.geoparse.ResolverWeights;

/**
 * The effective configuration of a run: the YAML file (see {@link ConfigLoader}) with command-line
 * overrides applied. The {@code maps}, {@code charts} and {@code report} sections are passed through
 * untouched to the figure stages (plain maps/lists/scalars as SnakeYAML reads them); each stage
 * validates its own section.
 *
 * @param inputs    inputs, in configuration order
 * @param output    output folder
 * @param gazetteer compiled gazetteer file, or null for the default lookup
 * @param threads   geoparsing threads; 0 = one per core
 * @param events    event building options
 * @param outputs   which data files to write
 * @param maps      the {@code maps:} section, pass-through
 * @param charts    the {@code charts:} section, pass-through
 * @param report    the {@code report:} section, pass-through
 * @param weights   the resolver weights ({@code weights:} file; null or absent: the built-in ones)
 */
public record RunConfig(List<InputConfig> inputs, Path output, Path gazetteer, int threads, EventsConfig events,
                        OutputsConfig outputs, Map<String, Object> maps, Map<String, Object> charts,
                        Map<String, Object> report, ResolverWeights weights) {

    /** A configuration with the built-in resolver weights. */
    public RunConfig(List<InputConfig> inputs, Path output, Path gazetteer, int threads, EventsConfig events,
                     OutputsConfig outputs, Map<String, Object> maps, Map<String, Object> charts,
                     Map<String, Object> report) {
        this(inputs, output, gazetteer, threads, events, outputs, maps, charts, report, ResolverWeights.DEFAULTS);
    }

    public RunConfig {
        weights = weights == null ? ResolverWeights.DEFAULTS : weights;
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(outputs, "outputs");
        maps = frozen(maps);
        charts = frozen(charts);
        report = frozen(report);
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** The pass-through section of a figure stage by name ("maps", "charts", "report"); empty if none. */
    public Map<String, Object> section(String name) {
        return switch (name) {
            case "maps" -> maps;
            case "charts" -> charts;
            case "report" -> report;
            default -> Map.of();
        };
    }

    /** A copy with other inputs. */
    public RunConfig withInputs(List<InputConfig> in) {
        return new RunConfig(in, output, gazetteer, threads, events, outputs, maps, charts, report, weights);
    }

    /** A copy with another output folder. */
    public RunConfig withOutput(Path out) {
        return new RunConfig(inputs, out, gazetteer, threads, events, outputs, maps, charts, report, weights);
    }

    /** A copy with another gazetteer file. */
    public RunConfig withGazetteer(Path gaz) {
        return new RunConfig(inputs, output, gaz, threads, events, outputs, maps, charts, report, weights);
    }

    /** A copy with another thread count. */
    public RunConfig withThreads(int n) {
        return new RunConfig(inputs, output, gazetteer, n, events, outputs, maps, charts, report, weights);
    }

    /** A copy with other resolver weights. */
    public RunConfig withWeights(ResolverWeights w) {
        return new RunConfig(inputs, output, gazetteer, threads, events, outputs, maps, charts, report, w);
    }

    /**
     * What of the configuration changes geoparsing results besides the events options: the resolver weights
     * when they are not the built-in ones, else "" (so that a run with the built-in weights keeps its cache).
     */
    public String weightsFingerprint() {
        return weights.equals(ResolverWeights.DEFAULTS) ? "" : "\nweights:\n" + weights.format(List.of());
    }

    /** A copy with other event options. */
    public RunConfig withEvents(EventsConfig e) {
        return new RunConfig(inputs, output, gazetteer, threads, e, outputs, maps, charts, report, weights);
    }

    /** The configuration as ordered plain data, with the YAML key names (for manifest.json). */
    public Map<String, Object> toData() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> in = new ArrayList<>();
        for (InputConfig i : inputs) {
            in.add(i.toData());
        }
        m.put("inputs", in);
        m.put("output", output.toString().replace('\\', '/'));
        m.put("gazetteer", gazetteer == null ? null : gazetteer.toString().replace('\\', '/'));
        m.put("threads", threads);
        m.put("events", eventsData());
        m.put("outputs", Map.of("files", List.copyOf(outputs.files())));
        m.put("maps", maps);
        m.put("charts", charts);
        m.put("report", report);
        if (!weights.equals(ResolverWeights.DEFAULTS)) {
            Map<String, Object> w = new LinkedHashMap<>();
            double[] v = weights.values();
            for (int i = 0; i < v.length; i++) {
                w.put(ResolverWeights.names().get(i), v[i]);
            }
            m.put("weights", w);
        }
        return m;
    }

    /** The {@code events:} section as plain data. */
    public Map<String, Object> eventsData() {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("min_confidence", events.minConfidence());
        ev.put("precision", events.precision().key());
        ev.put("default_type", events.defaultType() == null ? "none" : events.defaultType().key());
        ev.put("far_point_km", events.farPointKm());
        return ev;
    }
}
