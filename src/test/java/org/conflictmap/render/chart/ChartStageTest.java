package org.conflictmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.Palette;
import org.conflictmap.render.SizePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartStageTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryChartDeterministically() throws Exception {
        List<Event> evs = ChartFixtures.events(150, 30, 11);
        ChartSpec spec = ChartSpec.defaults().withMovingAverage(3)
                .withKeyDates(List.of(KeyDate.parse("2020-10-10=Truce")));
        List<Path> a = ChartStage.write(evs, spec, dir.resolve("a"));
        List<Path> b = ChartStage.write(evs, spec, dir.resolve("b"));
        assertEquals(ChartKind.values().length, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
            BufferedImage img = ImageIO.read(a.get(i).toFile());
            assertEquals(SizePreset.COLUMN.widthPx(), img.getWidth(), a.get(i).toString());
        }
        JsonNode figs = new ObjectMapper().readTree(dir.resolve("a").resolve(ChartStage.FIGURES_JSON).toFile());
        assertEquals(a.size(), figs.size());
        assertEquals("timeline.png", figs.get(0).get("file").asText());
        assertTrue(figs.get(0).get("alt").asText().contains("per day"), figs.get(0).get("alt").asText());
    }

    @Test
    void chartsBuiltTogetherEqualChartsBuiltOneByOne() throws Exception {
        List<Event> evs = ChartFixtures.events(200, 40, 5);
        ChartSpec spec = ChartSpec.defaults();
        List<ChartFigure> together = ChartStage.build(evs, spec);
        List<ChartFigure> alone = List.of(TimelineChart.build(evs, spec), RankingChart.build(evs, spec, Dimension.PLACE),
                RankingChart.build(evs, spec, Dimension.COUNTRY), RankingChart.build(evs, spec, Dimension.ADMIN1),
                RankingChart.build(evs, spec, Dimension.TYPE), HeatMatrixChart.build(evs, spec));
        assertEquals(alone.size(), together.size());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).kind(), together.get(i).kind());
            assertEquals(alone.get(i).caption(), together.get(i).caption());
            assertEquals(alone.get(i).altText(), together.get(i).altText());
            assertArrayEquals(org.conflictmap.render.ImageExporter.png(alone.get(i), 600, alone.get(i).heightPx(), 96),
                    org.conflictmap.render.ImageExporter.png(together.get(i), 600, together.get(i).heightPx(), 96),
                    alone.get(i).kind().toString());
        }
    }

    @Test
    void vectorFormatsAreValidAndDeterministic() throws Exception {
        List<Event> evs = ChartFixtures.events(80, 30, 12);
        ChartSpec spec = ChartSpec.defaults().withFormats(List.of(OutputFormat.SVG, OutputFormat.PDF))
                .withKinds(List.of(ChartKind.TIMELINE, ChartKind.HEATMAP));
        List<Path> a = ChartStage.write(evs, spec, dir.resolve("a"));
        List<Path> b = ChartStage.write(evs, spec, dir.resolve("b"));
        assertEquals(4, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
            Path p = a.get(i);
            if (OutputFormat.fromPath(p) == OutputFormat.SVG) {
                assertTrue(Files.readString(p).contains("<path"), p.toString());
            } else {
                try (PDDocument d = Loader.loadPDF(p.toFile())) {
                    assertEquals(1, d.getNumberOfPages());
                }
            }
        }
    }

    @Test
    void typeColoursAreThePaletteColours() throws Exception {
        List<Event> evs = ChartFixtures.events(200, 20, 5);
        ChartSpec spec = ChartSpec.defaults().withKinds(List.of(ChartKind.TYPES, ChartKind.TIMELINE));
        List<Path> files = ChartStage.write(evs, spec, dir);
        for (Path p : files) {
            BufferedImage img = ImageIO.read(p.toFile());
            for (EventType t : List.of(EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                    EventType.VIOLENCE_AGAINST_CIVILIANS)) {
                assertTrue(count(img, Palette.color(t).getRGB()) > 200, t + " colour in " + p.getFileName());
            }
        }
    }

    @Test
    void emptyDataGivesDrawnEmptyCharts() throws Exception {
        List<Path> files = ChartStage.write(List.of(), ChartSpec.defaults(), dir);
        assertEquals(ChartKind.values().length, files.size());
        for (Path p : files) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertTrue(count(img, Palette.TEXT_MUTED.getRGB()) > 100, "the 'no events' message is drawn: " + p);
        }
        for (ChartFigure f : ChartStage.build(List.of(), ChartSpec.defaults())) {
            assertTrue(!f.caption().isEmpty() && !f.altText().isEmpty());
        }
    }

    @Test
    void tenYearsAndTenThousandPlacesStayReadable() throws Exception {
        List<Event> evs = ChartFixtures.manyPlaces(10_000, 3650, 7);
        ChartSpec spec = ChartSpec.defaults().withKinds(List.of(ChartKind.TIMELINE, ChartKind.TOP_PLACES,
                ChartKind.HEATMAP));
        List<ChartFigure> figs = ChartStage.build(evs, spec);
        assertTrue(figs.get(0).caption().startsWith("Events per month"), figs.get(0).caption());
        assertTrue(figs.get(1).caption().contains("of 10,000"), figs.get(1).caption());
        assertTrue(figs.get(2).title().endsWith("month"), figs.get(2).title());
        List<Path> files = ChartStage.write(evs, spec, dir);
        BufferedImage top = ImageIO.read(files.get(1).toFile());
        assertTrue(top.getHeight() < 2000, "15 bars, not 10,000: " + top.getHeight());
    }

    @Test
    void slidePresetFixesHeightAndCutsBars() {
        List<Event> evs = ChartFixtures.manyPlaces(200, 100, 1);
        ChartSpec spec = ChartSpec.defaults().withSize(SizePreset.SLIDE).withTopN(40)
                .withKinds(List.of(ChartKind.TOP_PLACES)).withColourBy(ChartSpec.BarColouring.COUNTRY);
        ChartFigure f = ChartStage.build(evs, spec).get(0);
        assertEquals(1080, f.heightPx());
        assertTrue(f.caption().contains("coloured by country"));
        assertTrue(RankingChart.fitRows(SizePreset.SLIDE, 40) < 40);
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    @SuppressWarnings("unused")
    private static List<String> names(List<Path> ps) {
        List<String> out = new ArrayList<>();
        ps.forEach(p -> out.add(p.getFileName().toString()));
        return out;
    }
}
