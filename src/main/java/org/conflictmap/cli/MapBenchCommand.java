package org.conflictmap.cli;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.render.ImageExporter;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.map.DensityLayer;
import org.conflictmap.render.map.MapData;
import org.conflictmap.render.map.MapDataBuilder;
import org.conflictmap.render.map.MapEvents;
import org.conflictmap.render.map.MapExtent;
import org.conflictmap.render.map.MapLayer;
import org.conflictmap.render.map.MapRenderer;
import org.conflictmap.render.map.MapSpec;
import org.conflictmap.render.map.MapStyle;
import org.conflictmap.render.map.MapView;
import org.conflictmap.render.map.ProjectionKind;
import org.conflictmap.render.map.basemap.BaseLayer;
import org.conflictmap.render.map.basemap.BaseMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap map-bench}: times map rendering on synthetic events (no input needed). */
@Command(name = "map-bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the map renderer on synthetic, seeded events in the South Caucasus:",
            "  1. base-map load (all layers, decompressed and indexed),",
            "  2. a 1600x1100 regional map with 10,000 events (bubbles, labels, legend) to PNG,",
            "  3. the density layer of 1,000,000 points, and the whole density map to PNG.",
            "Prints the median of --runs runs after one warm-up. Targets: map < 1 s, density < 3 s."})
public final class MapBenchCommand implements Callable<Integer> {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Option(names = "--events", defaultValue = "10000", description = "Events on the bubble map (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--points", defaultValue = "1000000", description = "Points for the density layer (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the benchmark PNGs here.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        BaseMap base = BaseMap.bundled();
        for (BaseLayer l : BaseLayer.values()) {
            base.layer(l);
        }
        System.out.printf(Locale.ROOT, "base-map load (all %d layers): %.0f ms%n", BaseLayer.values().length, ms(t0));

        List<Event> ev = synthetic(events, 42);
        MapSpec spec = new MapSpec("bench", MapExtent.AUTO, ProjectionKind.AUTO, MapLayer.parseList("default,inset"),
                SizePreset.PAGE, List.of(OutputFormat.PNG), "Benchmark", null, Set.of(), null, MapSpec.Multiples.NONE, -1, false);
        MapDataBuilder builder = new MapDataBuilder(base, null);
        MapStyle style = MapStyle.forDpi(150);
        double[] prep = new double[runs];
        double[] render = new double[runs];
        double[] cpu = new double[runs];
        byte[] png = null;
        for (int r = -1; r < runs; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            MapData data = builder.build(MapEvents.of(ev, i -> "event " + i), spec);
            double p = ms(a);
            long b = System.nanoTime();
            png = ImageExporter.png(new MapRenderer(data, style), 1600, 1100, 150);
            double q = ms(b);
            if (r >= 0) {
                prep[r] = p;
                render[r] = q;
                cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "bubble map, %,d events, 1600x1100 PNG: prepare %.0f ms + draw/encode %.0f ms = %.0f ms"
                + " wall, %.0f ms CPU (median of %d; load average %.1f on %d cores)%n",
                events, median(prep), median(render), median(prep) + median(render), median(cpu), runs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (out != null) {
            AtomicFiles.write(out.resolve("bench-bubbles.png"), png);
        }

        double[] lon = new double[points];
        double[] lat = new double[points];
        Random rnd = new Random(7);
        double[][] centres = {{46.75, 39.82}, {47.14, 39.6}, {46.93, 40.34}, {46.36, 40.68}, {44.51, 40.18}, {49.87, 40.41}};
        for (int i = 0; i < points; i++) {
            double[] c = centres[i % centres.length];
            lon[i] = c[0] + rnd.nextGaussian() * 0.25;
            lat[i] = c[1] + rnd.nextGaussian() * 0.18;
        }
        MapData data = builder.build(MapEvents.of(ev, i -> "event " + i), spec.withLayers(MapLayer.parseList("base,admin1,water,density,legend,scalebar")));
        MapData dense = data.panel(List.of(), new MapData.PointSet(lon, lat), data.text(), data.layers(), 1);
        MapRenderer renderer = new MapRenderer(dense, style);
        MapView view = renderer.view(new Rectangle2D.Double(0, 0, 1600, 1100));
        double[] kde = new double[runs];
        double[] kdeCpu = new double[runs];
        double[] full = new double[runs];
        for (int r = -1; r < runs; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            DensityLayer.image(view, lon, lat, 1600 / 70.0);
            double k = ms(a);
            double kc = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            long b = System.nanoTime();
            png = ImageExporter.png(renderer, 1600, 1100, 150);
            double f = ms(b);
            if (r >= 0) {
                kdeCpu[r] = kc;
                kde[r] = k;
                full[r] = f;
            }
        }
        System.out.printf(Locale.ROOT, "density layer, %,d points: %.0f ms wall, %.0f ms CPU; whole density map to PNG: %.0f ms wall"
                + " (median of %d)%n", points, median(kde), median(kdeCpu), median(full), runs);
        if (out != null) {
            AtomicFiles.write(out.resolve("bench-density.png"), png);
        }
        return 0;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Seeded events around the 2020 Karabakh front: 400 places, counts skewed towards a few. */
    static List<Event> synthetic(int n, long seed) {
        Random rnd = new Random(seed);
        int places = 400;
        double[][] xy = new double[places][];
        for (int p = 0; p < places; p++) {
            xy[p] = new double[] {46.9 + rnd.nextGaussian() * 0.9, 39.9 + rnd.nextGaussian() * 0.45};
        }
        EventType[] types = EventType.values();
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = (int) Math.min(places - 1, Math.abs(rnd.nextGaussian()) * places / 3);
            EventType t = types[Math.min(types.length - 1, (int) Math.abs(rnd.nextGaussian() * 2.2))];
            out.add(new Event("b" + i, LocalDate.of(2020, 9, 27).plusDays(rnd.nextInt(45)), t, 10_000 + p, "Place " + p,
                    "P.PPL", Precision.PLACE, "AZ", "Azerbaijan", "", xy[p][1], xy[p][0], 1, null, List.of("d" + i), ""));
        }
        return out;
    }
}
