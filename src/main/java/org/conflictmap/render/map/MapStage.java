package org.conflictmap.render.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.conflictmap.events.Event;
import org.conflictmap.export.BubblesGeoJson;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.render.ImageExporter;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.basemap.BaseMap;
import org.locationtech.jts.geom.Envelope;

/**
 * The map stage: events + a {@link MapSpec} → map files (PNG/SVG/PDF), and optionally GIS layers
 * (transparent PNG + {@code .pgw} + {@code .prj} per layer, bubbles as GeoJSON). Free of command-line
 * concerns; the batch run and {@code conflictmap map} both call it. Thread-safe for distinct output
 * names (nothing shared is mutated).
 */
public final class MapStage {

    /**
     * What a call wrote.
     *
     * @param written  files written, in order
     * @param problems events skipped (bad coordinates), with where they came from
     * @param extent   how the extent was chosen
     */
    public record Result(List<Path> written, List<String> problems, String extent) {
        public Result {
            written = List.copyOf(written);
            problems = List.copyOf(problems);
        }
    }

    private final BaseMap baseMap;
    private final Gazetteer gazetteer;

    /** A stage over the bundled base map and no gazetteer. */
    public MapStage() {
        this(BaseMap.bundled(), null);
    }

    /** A stage; {@code gazetteer} may be null (country/region extents then come from the base map). */
    public MapStage(BaseMap baseMap, Gazetteer gazetteer) {
        this.baseMap = baseMap;
        this.gazetteer = gazetteer;
    }

    /** Renders the map(s) of {@code spec} into {@code outDir}; events are located as "event #i" in messages. */
    public Result render(List<Event> events, MapSpec spec, Path outDir) throws IOException {
        return render(events, spec, outDir, i -> "event #" + (i + 1));
    }

    /** As {@link #render(List, MapSpec, Path)}, with {@code locator} naming event i (e.g. "events.csv:12"). */
    public Result render(List<Event> events, MapSpec spec, Path outDir, IntFunction<String> locator) throws IOException {
        return render(events, List.of(spec), outDir, locator).get(0);
    }

    /**
     * Renders several maps of the same events, one result per spec in order. The events are checked once, and
     * a map whose drawing would be the same as an earlier one's (an "auto" extent that comes out as the whole
     * world, next to the world map) is drawn once and its bytes written under both names.
     */
    public List<Result> render(List<Event> events, List<MapSpec> specs, Path outDir, IntFunction<String> locator)
            throws IOException {
        MapEvents mapEvents = MapEvents.of(events, locator);
        MapDataBuilder builder = new MapDataBuilder(baseMap, gazetteer);
        Map<DrawingKey, Map<OutputFormat, byte[]>> drawn = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (MapSpec spec : specs) {
            FittedExtent fitted = builder.fit(mapEvents, spec);
            DrawingKey key = new DrawingKey(fitted.lonLat(), fitted.world(), fitted.focusCountries(),
                    new MapSpec("map", WORLD, spec.projection(), spec.layers(), spec.size(), List.of(), spec.title(),
                            spec.subtitle(), spec.focusCountries(), spec.choropleth(), spec.multiples(),
                            spec.unresolved(), false));
            Map<OutputFormat, byte[]> same = drawn.computeIfAbsent(key, k -> new EnumMap<>(OutputFormat.class));
            boolean gis = spec.gisLayers() && spec.multiples() == MapSpec.Multiples.NONE;
            MapData data = gis || !same.keySet().containsAll(spec.formats())
                    ? builder.build(mapEvents, spec, fitted) : null;
            results.add(new Result(render(mapEvents, data, spec, outDir, same, gis), mapEvents.problems(),
                    fitted.description()));
        }
        return List.copyOf(results);
    }

    /** What decides a map's drawing besides the events: its extent, and its spec but for name, extent, formats, GIS. */
    private record DrawingKey(Envelope lonLat, boolean world, Set<String> focus, MapSpec spec) {
    }

    private static final MapExtent WORLD = MapExtent.parse("world");

    /**
     * Renders one map. {@code drawn} holds the bytes per format of an identical drawing made before, and gets
     * those made now; {@code data} is null when every format is there and no GIS layer is asked for.
     */
    private List<Path> render(MapEvents mapEvents, MapData data, MapSpec spec, Path outDir,
                              Map<OutputFormat, byte[]> drawn, boolean gis) throws IOException {
        MapStyle style = MapStyle.forPreset(spec.size());
        int width = spec.size().widthPx();
        List<Path> written = new ArrayList<>();
        org.conflictmap.render.Drawing drawing = null;
        int height = 0;
        if (data != null && spec.multiples() != MapSpec.Multiples.NONE) {
            SmallMultiples sm = new SmallMultiples(data, mapEvents, spec.multiples(), style);
            drawing = sm;
            height = spec.size() == SizePreset.SLIDE ? 1080 : sm.pageHeight(width);
        } else if (data != null) {
            drawing = new MapRenderer(data, style);
            height = spec.size() == SizePreset.SLIDE ? 1080 : MapLayout.pageHeight(data, width, style);
        }
        for (OutputFormat f : spec.formats()) {
            Path out = outDir.resolve(spec.name() + "." + f.extension());
            byte[] bytes = drawn.get(f);
            if (bytes == null) {
                bytes = ImageExporter.bytes(drawing, f, width, height, spec.size().dpi());
                drawn.put(f, bytes);
            }
            AtomicFiles.write(out, bytes);
            written.add(out);
        }
        if (gis) {
            written.addAll(writeGisLayers(data, spec, outDir, style, width, height));
        }
        return written;
    }

    /** Each switched-on map layer as a transparent PNG with world file and .prj, plus the bubbles as GeoJSON. */
    private List<Path> writeGisLayers(MapData data, MapSpec spec, Path outDir, MapStyle style, int width, int height)
            throws IOException {
        List<Path> out = new ArrayList<>();
        MapRenderer full = new MapRenderer(data, style);
        MapView pageView = full.view(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        int fw = (int) Math.round(pageView.frame().getWidth());
        int fh = (int) Math.round(pageView.frame().getHeight());
        List<EnumSet<MapLayer>> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (spec.has(MapLayer.BASE)) {
            EnumSet<MapLayer> b = EnumSet.of(MapLayer.BASE);
            for (MapLayer l : List.of(MapLayer.ADMIN1, MapLayer.WATER, MapLayer.DISPUTED, MapLayer.GRATICULE)) {
                if (spec.has(l)) {
                    b.add(l);
                }
            }
            groups.add(b);
            names.add("base");
        }
        for (MapLayer l : List.of(MapLayer.CHOROPLETH, MapLayer.DENSITY, MapLayer.BUBBLES, MapLayer.LABELS)) {
            if (spec.has(l)) {
                groups.add(l == MapLayer.LABELS ? EnumSet.of(MapLayer.LABELS, MapLayer.BUBBLES) : EnumSet.of(l));
                names.add(l.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String prj = data.projection().wkt();
        for (int i = 0; i < groups.size(); i++) {
            MapData layerData = data.panel(data.bubbles(), data.points(), data.text(), groups.get(i), data.sizeReference());
            MapRenderer r = new MapRenderer(layerData, style, false, 30, !names.get(i).equals("labels"));
            org.conflictmap.render.Drawing d = r;
            String stem = spec.name() + "-" + names.get(i);
            Path png = outDir.resolve(stem + ".png");
            ImageExporter.write(d, png, OutputFormat.PNG, fw, fh, spec.size().dpi());
            MapView v = r.view(new java.awt.geom.Rectangle2D.Double(0, 0, fw, fh));
            Path pgw = outDir.resolve(stem + ".pgw");
            AtomicFiles.writeString(pgw, WorldFile.of(v));
            Path prjFile = outDir.resolve(stem + ".prj");
            AtomicFiles.writeString(prjFile, prj + "\n");
            out.add(png);
            out.add(pgw);
            out.add(prjFile);
        }
        if (spec.has(MapLayer.BUBBLES)) {
            Path gj = outDir.resolve(spec.name() + "-events.geojson");
            List<BubblesGeoJson.Feature> features = new ArrayList<>();
            for (Bubble b : data.bubbles()) {
                b.types().forEach((type, n) -> features.add(
                        new BubblesGeoJson.Feature(b.placeKey(), b.place(), b.lon(), b.lat(), type.key(), n)));
            }
            BubblesGeoJson.write(gj, features);
            out.add(gj);
        }
        return out;
    }
}
