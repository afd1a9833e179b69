package org.conflictmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCsvTest {

    @TempDir
    Path dir;

    private static Event event(String place, String evidence) {
        return new Event("e1", LocalDate.of(2020, 10, 4), EventType.EXPLOSIONS_REMOTE_VIOLENCE, 146970, place,
                "P.PPLA", Precision.PLACE, "AZ", "Azerbaijan", "", 39.8177, 46.7528, 2, null,
                List.of("a1", "b2"), evidence);
    }

    @Test
    void roundTripsAndIsByteStable() throws IOException {
        List<Event> events = List.of(event("Stepanakert", "Des tirs, \"massifs\",\nsur Stepanakert."),
                event("=HYPERLINK(\"x\")", "-1 killed"));
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        EventsCsv.write(a, events);
        EventsCsv.write(b, events);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(events, EventsCsv.read(a));
        String text = Files.readString(a, StandardCharsets.UTF_8);
        assertTrue(text.contains("'=HYPERLINK"), text);
        assertTrue(text.contains("'-1 killed"), text);
    }

    @Test
    void malformedRowIsReportedWithFileAndLineAndTheOthersAreRead() throws IOException {
        Path f = dir.resolve("bad.csv");
        List<Event> events = List.of(event("X", "y"), event("Y", "z"), event("Z", "w"));
        EventsCsv.write(f, events);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replace("2020-10-04", "yesterday"));
        Files.write(f, lines, StandardCharsets.UTF_8);
        List<String> problems = new java.util.ArrayList<>();
        List<Event> read = EventsCsv.read(f, problems::add);
        assertEquals(List.of(events.get(0), events.get(2)), read);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("bad.csv:3: ") && problems.get(0).contains("yesterday"), problems.get(0));
        EventsCsv.Rows rows = EventsCsv.readRows(f, p -> { });
        assertEquals(read, rows.events());
        assertEquals(List.of(2L, 4L), rows.lines(), "the row after the skipped one keeps its own line");
    }

    @Test
    void notAnEventsCsvIsAnError() throws IOException {
        Path f = dir.resolve("other.csv");
        Files.writeString(f, "a,b\n1,2\n");
        IOException ex = assertThrows(IOException.class, () -> EventsCsv.read(f, p -> { }));
        assertTrue(ex.getMessage().contains("other.csv"), ex.getMessage());
    }
}
