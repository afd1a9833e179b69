package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;
import org.conflictmap.render.chart.ChartKind;
import org.conflictmap.render.chart.ChartSpec;
import org.conflictmap.render.chart.TimeBucket;
import org.junit.jupiter.api.Test;

class FigureStageAdaptersTest {

    @Test
    void chartsSectionBecomesSpec() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("size", "page");
        s.put("formats", List.of("png", "pdf"));
        s.put("bucket", "week");
        s.put("moving_average", 4);
        s.put("top", "20");
        s.put("colour_by", "country");
        s.put("only", "timeline, top-places");
        s.put("key_dates", Map.of("2020-11-10", "Ceasefire"));
        ChartSpec spec = ChartFigureStage.spec(s);
        assertEquals(SizePreset.PAGE, spec.size());
        assertEquals(List.of(OutputFormat.PNG, OutputFormat.PDF), spec.formats());
        assertEquals(TimeBucket.WEEK, spec.bucket());
        assertEquals(4, spec.movingAverage());
        assertEquals(20, spec.topN());
        assertEquals(ChartSpec.BarColouring.COUNTRY, spec.colourBy());
        assertEquals(List.of(ChartKind.TIMELINE, ChartKind.TOP_PLACES), spec.kinds());
        assertEquals(LocalDate.of(2020, 11, 10), spec.keyDates().get(0).date());
        assertTrue(new ChartFigureStage().validate(s).isEmpty());
    }

    @Test
    void badChartsAndReportSectionsAreReported() {
        List<String> p = new ChartFigureStage().validate(Map.of("size", "poster", "colour", "red"));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("charts.colour")));
        assertTrue(p.stream().anyMatch(x -> x.contains("poster")));
        assertEquals(1, new ReportFigureStage().validate(Map.of("titel", "x")).size());
        assertEquals(List.of("charts", "report"), FigureStages.standard().stream().map(FigureStage::name)
                .filter(n -> !n.equals("maps")).toList());
    }
}
