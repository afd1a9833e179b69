package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapStageTest {

    private static final MapStage STAGE = new MapStage();

    private static MapSpec spec(String name, MapExtent extent, List<OutputFormat> formats, boolean gis, Set<MapLayer> layers) {
        return new MapSpec(name, extent, ProjectionKind.AUTO, layers, SizePreset.COLUMN, formats, "Test map", null,
                Set.of(), MapSpec.ChoroplethUnit.COUNTRY, MapSpec.Multiples.NONE, 3, gis);
    }

    @Test
    void svgAndPdfAreByteIdenticalAndPngIdenticalAcrossRuns(@TempDir Path a, @TempDir Path b) throws Exception {
        MapSpec s = spec("caucasus", MapExtent.AUTO, List.of(OutputFormat.PNG, OutputFormat.SVG, OutputFormat.PDF), false,
                MapLayer.defaults());
        MapStage.Result r1 = STAGE.render(MapTestEvents.caucasus(), s, a);
        STAGE.render(MapTestEvents.caucasus(), s, b);
        assertEquals(3, r1.written().size());
        for (String f : List.of("caucasus.png", "caucasus.svg", "caucasus.pdf")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        var img = ImageIO.read(a.resolve("caucasus.png").toFile());
        assertEquals(SizePreset.COLUMN.widthPx(), img.getWidth());
        assertTrue(Files.readString(a.resolve("caucasus.svg")).startsWith("<?xml"));
        assertTrue(new String(Files.readAllBytes(a.resolve("caucasus.pdf")), 0, 8).startsWith("%PDF"));
    }

    @Test
    void anAutoMapThatComesOutWorldWideIsTheWorldMapDrawnOnce(@TempDir Path both, @TempDir Path alone) throws Exception {
        LocalDate d = LocalDate.of(2021, 1, 1);
        List<Event> spread = List.of(
                MapTestEvents.event(1, "Lima", "PE", -12.05, -77.04, EventType.PROTESTS, d),
                MapTestEvents.event(2, "Yerevan", "AM", 40.18, 44.51, EventType.BATTLES, d),
                MapTestEvents.event(3, "Manila", "PH", 14.6, 120.98, EventType.RIOTS, d),
                MapTestEvents.event(4, "Oslo", "NO", 59.91, 10.75, EventType.OTHER, d),
                MapTestEvents.event(5, "Nairobi", "KE", -1.29, 36.82, EventType.PROTESTS, d),
                MapTestEvents.event(6, "Sydney", "AU", -33.87, 151.21, EventType.PROTESTS, d));
        List<OutputFormat> formats = List.of(OutputFormat.PNG, OutputFormat.SVG);
        MapSpec auto = spec("events", MapExtent.AUTO, formats, false, MapLayer.defaults());
        MapSpec world = spec("world", MapExtent.parse("world"), formats, false, MapLayer.defaults());
        MapSpec region = spec("caucasus", MapExtent.parse("bbox:43,38,50,42"), formats, false, MapLayer.defaults());
        List<MapStage.Result> rs = STAGE.render(spread, List.of(auto, world, region), both, i -> "#" + i);
        assertEquals(3, rs.size());
        assertTrue(rs.get(0).extent().contains("world-wide"), rs.get(0).extent());
        assertEquals("world", rs.get(1).extent());
        for (MapSpec s : List.of(auto, world, region)) {
            STAGE.render(spread, s, alone);
        }
        for (String f : List.of("events.png", "events.svg", "world.png", "world.svg", "caucasus.png", "caucasus.svg")) {
            assertArrayEquals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(both.resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(both.resolve("events.png")), Files.readAllBytes(both.resolve("world.png")));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(both.resolve("world.png")),
                Files.readAllBytes(both.resolve("caucasus.png"))));
    }

    @Test
    void badCoordinatesAreReportedWithTheirLocationAndSkipped(@TempDir Path dir) throws Exception {
        List<Event> ev = new ArrayList<>(MapTestEvents.caucasus());
        LocalDate d = LocalDate.of(2020, 10, 1);
        ev.add(MapTestEvents.event(900, "Nowhere", "AZ", Double.NaN, 46, EventType.BATTLES, d));
        ev.add(MapTestEvents.event(901, "Beyond", "AZ", 95, 46, EventType.BATTLES, d));
        ev.add(MapTestEvents.event(902, "Offworld", "AZ", 40, 200, EventType.BATTLES, d));
        MapStage.Result r = STAGE.render(ev, spec("bad", MapExtent.AUTO, List.of(OutputFormat.PNG), false, MapLayer.defaults()),
                dir, i -> "events.csv:" + (i + 2));
        assertEquals(3, r.problems().size());
        int first = ev.size() - 3 + 2;
        assertTrue(r.problems().get(0).startsWith("events.csv:" + first + ": event e900 at 'Nowhere'"), r.problems().get(0));
        assertTrue(Files.size(dir.resolve("bad.png")) > 1000);
    }

    @Test
    void zeroOneAndPolarOrDatelineEventsStillGiveAMap(@TempDir Path dir) throws Exception {
        LocalDate d = LocalDate.of(2021, 1, 1);
        MapSpec s = spec("edge", MapExtent.AUTO, List.of(OutputFormat.PNG), false, MapLayer.defaults());
        assertTrue(STAGE.render(List.of(), s, dir).written().get(0).toFile().length() > 1000);
        MapStage.Result one = STAGE.render(List.of(MapTestEvents.event(1, "Gyumri", "AM", 40.79, 43.85, EventType.PROTESTS, d)),
                s, dir);
        assertTrue(one.extent().startsWith("fitted to 1 events"), one.extent());
        List<Event> dateline = List.of(
                MapTestEvents.event(1, "Suva", "FJ", -18.14, 178.44, EventType.PROTESTS, d),
                MapTestEvents.event(2, "Apia", "WS", -13.83, -171.76, EventType.RIOTS, d),
                MapTestEvents.event(3, "Nukualofa", "TO", -21.14, -175.2, EventType.PROTESTS, d));
        MapStage.Result r = STAGE.render(dateline, s, dir);
        assertTrue(r.extent().startsWith("fitted"), r.extent());
        List<Event> poles = List.of(
                MapTestEvents.event(1, "North Pole", "", 90, 0, EventType.OTHER, d),
                MapTestEvents.event(2, "South Pole", "", -90, 0, EventType.OTHER, d),
                MapTestEvents.event(3, "Yerevan", "AM", 40.18, 44.51, EventType.OTHER, d));
        assertTrue(STAGE.render(poles, s, dir).problems().isEmpty());
    }

    @Test
    void gisLayersComeWithWorldFilesProjectionAndGeoJson(@TempDir Path dir) throws Exception {
        MapStage.Result r = STAGE.render(MapTestEvents.caucasus(),
                spec("gis", MapExtent.parse("country:AM"), List.of(OutputFormat.PNG), true,
                        MapLayer.parseList("base,admin1,bubbles,density,labels,legend")), dir);
        for (String f : List.of("gis-base.png", "gis-base.pgw", "gis-base.prj", "gis-bubbles.png", "gis-density.png",
                "gis-labels.png", "gis-events.geojson")) {
            assertTrue(Files.exists(dir.resolve(f)), f + " in " + r.written());
        }
        List<String> pgw = Files.readAllLines(dir.resolve("gis-base.pgw"));
        assertEquals(6, pgw.size());
        double size = Double.parseDouble(pgw.get(0));
        assertEquals(-size, Double.parseDouble(pgw.get(3)), 1e-9);
        assertTrue(size > 50 && size < 2000, "metres per pixel for Armenia at 85 mm: " + size);
        assertTrue(Files.readString(dir.resolve("gis-base.prj")).contains("Lambert_Conformal_Conic"));
        var layer = ImageIO.read(dir.resolve("gis-bubbles.png").toFile());
        assertEquals(0, layer.getRGB(0, 0) >>> 24, "layer PNGs are transparent where empty");
        String gj = Files.readString(dir.resolve("gis-events.geojson"));
        assertTrue(gj.contains("\"type\":\"FeatureCollection\"") && gj.contains("Stepanakert"));
    }

    @Test
    void smallMultiplesByTypeAndWorldExtent(@TempDir Path dir) throws Exception {
        MapSpec s = new MapSpec("multi", MapExtent.AUTO, ProjectionKind.AUTO, MapLayer.defaults(), SizePreset.COLUMN,
                List.of(OutputFormat.PNG), null, null, Set.of(), null, MapSpec.Multiples.TYPE, -1, false);
        assertEquals(1, STAGE.render(MapTestEvents.caucasus(), s, dir).written().size());
        MapSpec w = spec("world", MapExtent.WORLD, List.of(OutputFormat.PNG), false, MapLayer.parseList("default,density"));
        STAGE.render(MapTestEvents.caucasus(), w, dir);
        assertTrue(Files.size(dir.resolve("world.png")) > 1000);
    }
}
