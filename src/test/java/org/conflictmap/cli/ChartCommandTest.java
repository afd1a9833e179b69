package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.export.EventsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ChartCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void drawsChartsFromEventsCsv() throws Exception {
        Path csv = dir.resolve("output/events.csv");
        Files.createDirectories(csv.getParent());
        EventsCsv.write(csv, List.of(
                new Event("e1", LocalDate.of(2020, 10, 1), EventType.BATTLES, 1, "Stepanakert", "P.PPLA",
                        Precision.PLACE, "AZ", "Azerbaijan", "Xankandi", 39.8, 46.7, 2, null, List.of("a", "b"), "x"),
                new Event("e2", LocalDate.of(2020, 10, 3), EventType.DIPLOMACY, 2, "Moscou", "P.PPLC",
                        Precision.PLACE, "RU", "Russia", "Moscow", 55.7, 37.6, 1, null, List.of("c"), "y")));
        StringWriter err = new StringWriter();
        int code = run(err, "chart", "--events", csv.toString(), "--only", "timeline,top-places",
                "--format", "png,svg", "--key-date", "2020-10-02=Truce", "--moving-average", "2");
        assertEquals(0, code, err.toString());
        Path charts = dir.resolve("output/charts");
        assertTrue(Files.size(charts.resolve("timeline.png")) > 1000);
        assertTrue(Files.exists(charts.resolve("top-places.svg")));
        assertTrue(Files.exists(charts.resolve("figures.json")));
    }

    @Test
    void reportsMissingFileAndBadOptions() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "chart", "--events", dir.resolve("nope.csv").toString()));
        assertTrue(err.toString().contains("nope.csv"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "chart", "--events", "x.csv", "--bucket", "fortnight"));
        assertTrue(err2.toString().contains("fortnight"), err2.toString());
    }
}
