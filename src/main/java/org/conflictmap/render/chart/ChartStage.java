package org.conflictmap.render.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.render.ImageExporter;
import org.conflictmap.render.OutputFormat;

/**
 * The chart stage: events + spec + output folder → chart files. Also writes {@code figures.json} in the folder
 * (file, title, caption, alt text per image) so the report can caption the charts. Deterministic: the same events
 * and spec give byte-identical files.
 */
public final class ChartStage {

    /** Name of the figure index written next to the images. */
    public static final String FIGURES_JSON = "figures.json";

    private ChartStage() {
    }

    /** Builds the charts of the spec (not written). */
    public static List<ChartFigure> build(List<Event> events, ChartSpec spec) {
        List<ChartFigure> out = new ArrayList<>();
        ChartInputs in = new ChartInputs(events);
        for (ChartKind k : spec.kinds()) {
            out.add(switch (k) {
                case TIMELINE -> TimelineChart.build(in, spec);
                case TOP_PLACES -> RankingChart.build(in, spec, Dimension.PLACE);
                case COUNTRIES -> RankingChart.build(in, spec, Dimension.COUNTRY);
                case ADMIN1 -> RankingChart.build(in, spec, Dimension.ADMIN1);
                case TYPES -> RankingChart.build(in, spec, Dimension.TYPE);
                case HEATMAP -> HeatMatrixChart.build(in, spec);
            });
        }
        return List.copyOf(out);
    }

    /** Draws and writes every chart of the spec in every format; returns the written image paths in order. */
    public static List<Path> write(List<Event> events, ChartSpec spec, Path outDir) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Map<String, Object>> index = new ArrayList<>();
        for (ChartFigure f : build(events, spec)) {
            for (OutputFormat fmt : spec.formats()) {
                Path p = outDir.resolve(f.kind().fileName() + "." + fmt.extension());
                ImageExporter.write(f, p, fmt, spec.size().widthPx(), f.heightPx(), spec.size().dpi());
                written.add(p);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("file", p.getFileName().toString());
                e.put("kind", f.kind().fileName());
                e.put("title", f.title());
                e.put("caption", f.caption());
                e.put("alt", f.altText());
                e.put("caption_in_image", true);
                e.put("width", spec.size().widthPx());
                e.put("height", f.heightPx());
                index.add(e);
            }
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.writeString(outDir.resolve(FIGURES_JSON), json.writeValueAsString(index) + "\n");
        return List.copyOf(written);
    }
}
