package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.export.ErrorRow;
import org.conflictmap.ingest.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    @TempDir
    Path tmp;

    @Test
    void roundTripsEveryKindExactly() throws Exception {
        SourceLocation loc = new SourceLocation("in/a.jsonl", 7);
        List<EventMention> ms = List.of(
                new EventMention("d1", LocalDate.of(2020, 9, 27), EventType.BATTLES, TestFixtures.STEPANAKERT,
                        Precision.PLACE, 39.8177, 46.7528, "Combats à Stepanakert.", null, loc),
                new EventMention("d1", LocalDate.of(2020, 9, 27), EventType.BATTLES, TestFixtures.AM,
                        Precision.COUNTRY, 40.25, 45.0, "Combats à Stepanakert.", null, loc),
                new EventMention("d2", LocalDate.of(2020, 10, 4), EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                        TestFixtures.STEPANAKERT, Precision.PLACE, 0.1 + 0.2, -1e-7, "Обстрел \"Степанакерта\"\n",
                        12, new SourceLocation("in/b.csv", 3)));
        UnresolvedName u = new UnresolvedName("Xanadu", "d2", "Near Xanadu.");
        ErrorRow e = new ErrorRow("in/a.jsonl", 9, ErrorRow.Severity.WARNING, "far point: 80 km");
        InputCounts counts = new InputCounts(5, 4, 1, 3, 1, 1, 3);
        Path f = tmp.resolve("c.jsonl");
        StringWriter sw = new StringWriter();
        CacheWriter w = new CacheWriter(sw);
        w.mention(ms.get(0));
        w.unresolved(u);
        w.mention(ms.get(1));
        w.error(e);
        w.mention(ms.get(2));
        w.finish(counts);
        Files.writeString(f, sw.toString());
        // places are written once, repeated sentences and documents omitted
        assertEquals(1, sw.toString().split("\"Combats").length - 1);

        List<Object> back = new ArrayList<>();
        ResultCache.read(f, new ResultCache.Visitor() {
            @Override
            public void mention(EventMention m) {
                back.add(m);
            }

            @Override
            public void unresolved(UnresolvedName x) {
                back.add(x);
            }

            @Override
            public void error(ErrorRow x) {
                back.add(x);
            }

            @Override
            public void end(InputCounts c) {
                back.add(c);
            }
        }, new ResultCache.Interner());
        assertEquals(List.of(ms.get(0), u, ms.get(1), e, ms.get(2), counts), back);
        assertSame(((EventMention) back.get(0)).place(), ((EventMention) back.get(4)).place());
    }

    @Test
    void aTruncatedFileIsAnError() throws Exception {
        Path f = tmp.resolve("c.jsonl");
        Files.writeString(f, "{\"k\":\"u\",\"n\":\"X\",\"d\":\"d\",\"s\":\"\"}\n");
        IOException ex = assertThrows(IOException.class, () -> ResultCache.read(f, new ResultCache.Visitor() {
        }, new ResultCache.Interner()));
        assertTrue(ex.getMessage().contains("no end line"));
        Files.writeString(f, "{\"k\":\"m\",\"d\":\"x\"}\n");
        assertThrows(IOException.class, () -> ResultCache.read(f, new ResultCache.Visitor() {
        }, new ResultCache.Interner()));
    }
}
