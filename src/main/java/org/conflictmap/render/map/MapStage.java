package org.conflictmap.render.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
import org.conflictmap.events.Event;
import org.conflictmap.export.BubblesGeoJson;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.render.ImageExporter;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.basemap.BaseMap;

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
        MapEvents mapEvents = MapEvents.of(events, locator);
        MapData data = new MapDataBuilder(baseMap, gazetteer).build(mapEvents, spec);
        MapStyle style = MapStyle.forPreset(spec.size());
        int width = spec.size().widthPx();
        List<Path> written = new ArrayList<>();
        org.conflictmap.render.Drawing drawing;
        int height;
        if (spec.multiples() != MapSpec.Multiples.NONE) {
            SmallMultiples sm = new SmallMultiples(data, mapEvents, spec.multiples(), style);
            drawing = sm;
            height = spec.size() == SizePreset.SLIDE ? 1080 : sm.pageHeight(width);
        } else {
            drawing = new MapRenderer(data, style);
            height = spec.size() == SizePreset.SLIDE ? 1080 : MapLayout.pageHeight(data, width, style);
        }
        for (OutputFormat f : spec.formats()) {
            Path out = outDir.resolve(spec.name() + "." + f.extension());
            ImageExporter.write(drawing, out, f, width, height, spec.size().dpi());
            written.add(out);
        }
        if (spec.gisLayers() && spec.multiples() == MapSpec.Multiples.NONE) {
            written.addAll(writeGisLayers(data, spec, outDir, style, width, height));
        }
        return new Result(written, mapEvents.problems(), data.extent().description());
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
