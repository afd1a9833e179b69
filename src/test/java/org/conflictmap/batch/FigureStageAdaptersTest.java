package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureStageAdaptersTest {

    @Test
    void reportStageComesLastAndChecksItsSection() {
        assertEquals(1, new ReportFigureStage().validate(Map.of("titel", "x")).size());
        assertTrue(new ReportFigureStage().validate(Map.of("title", "x", "enabled", true)).isEmpty());
        List<String> names = FigureStages.standard().stream().map(FigureStage::name).toList();
        assertEquals("report", names.get(names.size() - 1));
        assertTrue(names.indexOf("charts") < names.indexOf("report"));
        assertTrue(names.indexOf("maps") < names.indexOf("report"));
    }

    @Test
    void mapStageReadsItsSectionAndRejectsUnknownKeys() {
        MapFigures maps = new MapFigures();
        assertTrue(maps.validate(Map.of("formats", List.of("png", "pdf"),
                "maps", List.of(Map.of("name", "caucasus", "extent", "bbox:43,38,51,43.5")))).isEmpty());
        assertEquals(1, maps.validate(Map.of("colour", "red")).size());
        assertEquals(1, maps.validate(Map.of("maps", List.of(Map.of("name", "x", "zoom", 3)))).size());
        assertEquals(1, maps.validate(Map.of("maps", List.of(Map.of("extent", "world")))).size());
        assertEquals(List.of("events", "world"),
                MapFigures.specs(Map.of(), 0).stream().map(s -> s.name()).toList());
    }
}
