package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.MapExtent;
import org.conflictmap.render.map.MapLayer;
import org.conflictmap.render.map.MapSpec;
import org.conflictmap.render.map.MapStage;
import org.conflictmap.render.map.ProjectionKind;
import org.conflictmap.render.map.basemap.BaseMap;

/**
 * The {@code maps:} stage of a run: {@link MapStage} over the run's events, into {@code OUTPUT/maps/}.
 * Keys (all optional): {@code enabled}, {@code folder} (default "maps"), {@code size} (column, page, slide),
 * {@code formats} (png, svg, pdf), {@code gis} (also transparent PNG layers with world files), and
 * {@code maps}: a list of maps, each with {@code name} and optionally {@code extent} (auto, world,
 * bbox:W,S,E,N, country:AM, region:NAME), {@code layers}, {@code projection}, {@code title},
 * {@code focus} (ISO2 list), {@code choropleth} (country, admin1), {@code multiples} (none, week, month, type).
 * Without a {@code maps} list: one map fitted to the events ("events") and a world map ("world").
 */
final class MapFigures implements FigureStage {

    private static final Set<String> KEYS = Set.of("enabled", "folder", "size", "formats", "gis", "maps");
    private static final Set<String> MAP_KEYS = Set.of("name", "extent", "layers", "projection", "title", "focus",
            "choropleth", "multiples");

    @Override
    public String name() {
        return "maps";
    }

    @Override
    public List<String> validate(Map<String, Object> section) {
        List<String> problems = new ArrayList<>();
        for (String k : section.keySet()) {
            if (!KEYS.contains(k)) {
                problems.add("unknown key '" + k + "' (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }
        try {
            specs(section, -1);
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
        Path dir = outputs.outputDir().resolve(String.valueOf(section.getOrDefault("folder", "maps")));
        MapStage stage = new MapStage(BaseMap.bundled(), outputs.gazetteer());
        List<Path> written = new ArrayList<>();
        for (MapStage.Result r : stage.render(outputs.events(), specs(section, outputs.unresolved().size()), dir,
                i -> "events.csv:" + (i + 2))) {
            written.addAll(r.written());
        }
        return written;
    }

    static List<MapSpec> specs(Map<String, Object> s, int unresolved) {
        SizePreset size = s.get("size") == null ? SizePreset.PAGE : SizePreset.parse(String.valueOf(s.get("size")));
        List<OutputFormat> formats = s.get("formats") == null ? List.of(OutputFormat.PNG)
                : strings(s.get("formats")).stream().map(OutputFormat::parse).distinct().toList();
        boolean gis = Boolean.TRUE.equals(s.get("gis"));
        List<MapSpec> out = new ArrayList<>();
        Object maps = s.get("maps");
        if (maps == null) {
            out.add(spec(Map.of("name", "events"), size, formats, gis, unresolved));
            out.add(spec(Map.of("name", "world", "extent", "world"), size, formats, gis, unresolved));
            return out;
        }
        if (!(maps instanceof List<?> list)) {
            throw new IllegalArgumentException("'maps' must be a list of maps");
        }
        for (Object m : list) {
            if (!(m instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("each entry of 'maps' must be a mapping with at least 'name'");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> one = (Map<String, Object>) map;
            for (String k : one.keySet()) {
                if (!MAP_KEYS.contains(k)) {
                    throw new IllegalArgumentException("maps: unknown key '" + k + "' (known: "
                            + String.join(", ", new TreeSet<>(MAP_KEYS)) + ")");
                }
            }
            out.add(spec(one, size, formats, gis, unresolved));
        }
        return out;
    }

    private static MapSpec spec(Map<String, Object> m, SizePreset size, List<OutputFormat> formats, boolean gis,
                                int unresolved) {
        if (m.get("name") == null) {
            throw new IllegalArgumentException("maps: each map needs a 'name'");
        }
        Set<String> focus = new LinkedHashSet<>();
        if (m.get("focus") != null) {
            strings(m.get("focus")).forEach(f -> focus.add(f.toUpperCase(Locale.ROOT)));
        }
        return new MapSpec(String.valueOf(m.get("name")), MapExtent.parse(text(m, "extent", "auto")),
                ProjectionKind.parse(text(m, "projection", "auto")), MapLayer.parseList(text(m, "layers", "default")),
                size, formats, m.get("title") == null ? null : String.valueOf(m.get("title")), null, focus,
                MapSpec.ChoroplethUnit.valueOf(text(m, "choropleth", "country").toUpperCase(Locale.ROOT)),
                MapSpec.Multiples.valueOf(text(m, "multiples", "none").toUpperCase(Locale.ROOT)), unresolved, gis);
    }

    private static String text(Map<String, Object> m, String k, String dflt) {
        Object v = m.get(k);
        if (v instanceof List<?> l) {
            return String.join(",", l.stream().map(String::valueOf).toList());
        }
        return v == null ? dflt : String.valueOf(v).trim();
    }

    private static List<String> strings(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).map(String::trim).toList();
        }
        return List.of(String.valueOf(v).split(",")).stream().map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
