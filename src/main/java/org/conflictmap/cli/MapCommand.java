package org.conflictmap.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.events.Event;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.MapExtent;
import org.conflictmap.render.map.MapLayer;
import org.conflictmap.render.map.MapSpec;
import org.conflictmap.render.map.MapStage;
import org.conflictmap.render.map.ProjectionKind;
import org.conflictmap.render.map.basemap.BaseMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap map}: renders maps from the events.csv of a run. */
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws a map of the events of a run (events.csv) as PNG, SVG and/or PDF:",
            "a muted base map (countries, admin-1, lakes, rivers, disputed and ceasefire",
            "lines), one symbol per place (area = number of events, colour and shape = its",
            "most frequent type, a ring = the share of each type), labels, legend, scale",
            "bar and the attribution 'Place names: GeoNames (CC BY 4.0) \u00b7 Boundaries:",
            "Natural Earth'. Narrow maps (column) put the legend under the map. Offline.",
            "",
            "Examples:",
            "  conflictmap map --events output/events.csv",
            "  conflictmap map --events output/events.csv --extent country:AM",
            "      --format png,pdf --size column",
            "  conflictmap map --events output/events.csv --layers base,density",
            "      --extent world --name density",
            "  conflictmap map --events output/events.csv --multiples month --gis"},
        footer = {"", "Exit codes: 0 written; 65 written, but some events had unusable",
            "  coordinates (listed); 66 events file missing; 2 bad options; 74 I/O error."})
public final class MapCommand implements Callable<Integer> {

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "events.csv written by 'conflictmap run'.")
    Path events;

    @Option(names = "--places", paramLabel = "FILE",
            description = "places.csv of the run (optional; used to find unresolved.csv beside it).")
    Path places;

    @Option(names = "--unresolved", paramLabel = "FILE",
            description = "unresolved.csv of the run, counted for the subtitle (default: beside --events, if present).")
    Path unresolved;

    @Option(names = "--extent", defaultValue = "auto", paramLabel = "EXTENT",
            description = "auto (fit the events), world, bbox:W,S,E,N, country:AM or region:NAME (default: ${DEFAULT-VALUE}).")
    String extent;

    @Option(names = "--layers", defaultValue = "default", paramLabel = "LIST",
            description = "Comma list of base, admin1, water, disputed, graticule, bubbles, density, choropleth, labels,"
                    + " legend, scalebar, inset; or default / all (default: ${DEFAULT-VALUE} ="
                    + " base,admin1,water,disputed,graticule,bubbles,labels,legend,scalebar).")
    String layers;

    @Option(names = "--projection", defaultValue = "auto", paramLabel = "NAME",
            description = "auto, equal-earth, robinson, lambert, albers (default: ${DEFAULT-VALUE}: Equal Earth for the"
                    + " world, Lambert conformal conic fitted to the extent otherwise).")
    String projection;

    @Option(names = "--size", defaultValue = "page", paramLabel = "PRESET",
            description = "column (85 mm), page (180 mm) at 300 dpi, or slide (1920x1080) (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--format", defaultValue = "png", paramLabel = "LIST", description = "Comma list of png, svg, pdf (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: 'Reported events').")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "Subtitle (default: period, number of events, unresolved names).")
    String subtitle;

    @Option(names = "--focus", paramLabel = "ISO2,...", description = "Countries to highlight (default: the countries holding at least 10%% of the events"
                    + " in the map extent).")
    String focus;

    @Option(names = "--choropleth", defaultValue = "country", paramLabel = "UNIT",
            description = "Unit of the choropleth layer: country or admin1 (default: ${DEFAULT-VALUE}).")
    String choropleth;

    @Option(names = "--multiples", defaultValue = "none", paramLabel = "BY",
            description = "Small multiples: none, week, month or type (default: ${DEFAULT-VALUE}).")
    String multiples;

    @Option(names = "--gis", description = "Also write each layer as transparent PNG + .pgw + .prj (for QGIS) and the events as GeoJSON.")
    boolean gis;

    @Option(names = "--name", defaultValue = "map", paramLabel = "STEM", description = "Output file stem (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--out", defaultValue = "output/maps", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--basemap", paramLabel = "DIR", description = "Folder of base-map .fgb.gz files (default: the bundled base map).")
    Path basemap;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(events)) {
            System.err.println("map: events file not found: " + events);
            return 66;
        }
        MapSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            System.err.println("map: " + e.getMessage());
            return 2;
        }
        try {
            EventsCsv.Rows rows = EventsCsv.readRows(events, problem -> System.err.println("warning: " + problem));
            List<Event> list = rows.events();
            List<Long> lines = rows.lines();
            MapStage stage = new MapStage(basemap == null ? BaseMap.bundled() : BaseMap.fromDirectory(basemap), null);
            MapStage.Result r = stage.render(list, spec, out,
                    i -> events + ":" + (i < lines.size() ? lines.get(i) : "record " + (i + 1)));
            for (String p : r.problems()) {
                System.err.println(p);
            }
            System.out.println("map: " + list.size() + " events, extent " + r.extent());
            for (Path p : r.written()) {
                System.out.println("wrote " + p);
            }
            return r.problems().isEmpty() ? 0 : 65;
        } catch (IllegalArgumentException e) {
            System.err.println("map: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("map: " + e.getMessage());
            return 74;
        }
    }

    MapSpec spec() throws IllegalArgumentException {
        List<OutputFormat> formats = new ArrayList<>();
        for (String f : format.split(",")) {
            if (!f.isBlank()) {
                formats.add(OutputFormat.parse(f));
            }
        }
        Set<String> focusSet = new LinkedHashSet<>();
        if (focus != null) {
            for (String f : focus.split(",")) {
                if (!f.isBlank()) {
                    focusSet.add(f.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        MapSpec.ChoroplethUnit unit = MapSpec.ChoroplethUnit.valueOf(choropleth.trim().toUpperCase(Locale.ROOT)
                .replace("-", ""));
        MapSpec.Multiples by = MapSpec.Multiples.valueOf(multiples.trim().toUpperCase(Locale.ROOT));
        return new MapSpec(name, MapExtent.parse(extent), ProjectionKind.parse(projection), MapLayer.parseList(layers),
                SizePreset.parse(size), formats, title, subtitle, focusSet, unit, by, countUnresolved(), gis);
    }

    private int countUnresolved() {
        Path u = unresolved;
        if (u == null) {
            Path dir = (places != null ? places : events).toAbsolutePath().getParent();
            u = dir == null ? null : dir.resolve("unresolved.csv");
        }
        if (u == null || !Files.isRegularFile(u)) {
            return -1;
        }
        try (Reader r = Files.newBufferedReader(u, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            int n = 0;
            for (CSVRecord ignored : p) {
                n++;
            }
            return n;
        } catch (IOException | RuntimeException e) {
            System.err.println("map: cannot count " + u + ": " + e.getMessage());
            return -1;
        }
    }
}
