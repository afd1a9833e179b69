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
    }
}
