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

class ReportCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void writesReportOfRunDirAfterCharts() throws Exception {
        Path out = dir.resolve("output");
        EventsCsv.write(out.resolve("events.csv"), List.of(new Event("e1", LocalDate.of(2020, 10, 1),
                EventType.BATTLES, 1, "Stepanakert", "P.PPLA", Precision.PLACE, "AZ", "Azerbaijan", "Xankandi",
                39.8, 46.7, 2, null, List.of("a", "b"), "Fighting near Stepanakert.")));
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "chart", "--events", out.resolve("events.csv").toString(), "--only", "types"),
                err.toString());
        assertEquals(0, run(err, "report", "--run-dir", out.toString(), "--title", "Karabakh <test>"), err.toString());
        String html = Files.readString(out.resolve("report/index.html"));
        assertTrue(html.contains("<title>Karabakh &lt;test&gt;</title>"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertTrue(Files.exists(out.resolve("report/report.md")));
    }

    @Test
    void missingRunFolderIsNoInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "report", "--run-dir", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("events.csv"), err.toString());
    }
}
