package org.conflictmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    @TempDir
    Path dir;

    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,country,admin1,"
            + "admin2,location,latitude,longitude,fatalities,notes\n";

    private void write(String rel, String text) throws IOException {
        write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String rel, byte[] bytes) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object o : parts) {
            byte[] b = o instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) o;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private static final byte[] BAD_UTF8 = {(byte) 0xC3, (byte) 0x28};

    @Test
    void mixedFolderEveryRecordIsDeliveredOrReported() throws IOException {
        // text files: 2 good, 1 empty, 1 binary, 1 unsupported type, 1 hidden (ignored), 1 bad bytes
        write("txt/2020-10-04-shelling.txt", "Shelling hit Stepanakert.\n");
        write("txt/b.md", "# Talks in Moscow\n\nThe ministers met.\n");
        write("txt/empty.txt", "");
        write("txt/blob.txt", new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
        write("txt/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 16, 74, 70, 73, 70});
        write("txt/.hidden.txt", "ignored");
        write("README.md", "# About this folder (ignored)");
        write("txt/legacy.txt", concat("line one\nline ", BAD_UTF8, " two\n"));
        // JSONL: 7 records (4 bad) + a blank line
        write("a.jsonl", concat(
                "{\"id\":\"j1\",\"text\":\"Stepanakert was shelled.\",\"date\":\"2020-10-04\",\"lang\":\"EN\",\"extra\":1}\n",
                "{\"id\":\"j2\",\"text\":\"broken\"\n",
                "\n",
                "{\"id\":\"j3\",\"title\":\"no text\"}\n",
                "{\"id\":\"j4\",\"text\":\"caf", BAD_UTF8, "\"}\n",
                "{\"id\":\"j5\",\"text\":\"bad date\",\"date\":\"the fourth\"}\n",
                "{\"id\":17,\"text\":\"numeric id\",\"date\":\"04 October 2020\"}\r\n",
                "[1,2]\n"));
        // article CSV: BOM, semicolons, multi-line field, wrong field count, bad date -> 4 records, 2 bad
        write("b.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id;date;text;lang\n",
                "c1;2020-10-05;\"Line one;\nline \"\"two\"\"\";fr\n",
                "c2;2020-10-05;too;many;fields\n",
                "c3;yesterday;text;en\n",
                "c4;2020-10-06;plain;ru\n"));
        // event table: 5 rows, 3 bad (bad latitude, no date, only one coordinate)
        write("events/acled.csv", ACLED_HEADER
                + "AZE1,04 October 2020,2020,Battles,Armed clash,Azerbaijan,Khojavend,,Hadrut,39.52,47.03,4,\"Heavy fighting\"\n"
                + "AZE2,05 October 2020,2020,Explosions/Remote violence,Shelling,Azerbaijan,,,Stepanakert,,,,\n"
                + "AZE3,05 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Shusha,north,46.7,,\n"
                + "AZE4,,2020,Battles,Armed clash,Azerbaijan,,,Shusha,,,,\n"
                + "AZE5,06 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Shusha,39.7,,,\n");
        int records = 6 /* text files (hidden one excluded) */ + 7 + 4 + 5;

        CollectingSink sink = new CollectingSink();
        InputReader.read(dir, InputSpec.defaults(), sink);

        assertEquals(records, sink.delivered() + sink.errors.size(), sink.errors.toString());
        assertEquals(2 + 2 + 2, sink.documents.size());
        assertEquals(2, sink.rows.size());
        assertEquals("2 4 5 6 8", sink.errorsAt("a.jsonl"));
        assertEquals("4 5", sink.errorsAt("b.csv"), "c1 spans lines 2-3");
        assertEquals("4 5 6", sink.errorsAt("acled.csv"));
        assertEquals("2", sink.errorsAt("legacy.txt"), "bad bytes on line 2 of the text file");
        assertTrue(sink.errors.stream().anyMatch(e -> e.reason().equals("empty file")));
        assertTrue(sink.errors.stream().anyMatch(e -> e.reason().startsWith("binary file")));
        assertTrue(sink.errors.stream().anyMatch(e -> e.location().file().endsWith("photo.jpg")));
        // deterministic order: files sorted by relative path
        List<String> ids = sink.documents.stream().map(Document::id).toList();
        assertEquals(List.of("j1", "17", "c1", "c4", "txt/2020-10-04-shelling.txt", "txt/b.md"), ids);
        Document j1 = sink.documents.get(0);
        assertEquals("en", j1.lang());
        assertEquals(LocalDate.of(2020, 10, 4), j1.date());
        assertEquals(1, j1.location().line());
        assertEquals(LocalDate.of(2020, 10, 4), sink.documents.get(1).date(), "04 October 2020");
        assertEquals("Line one;\nline \"two\"", sink.documents.get(2).text());
        assertEquals(2, sink.documents.get(2).location().line());
        assertEquals(6, sink.documents.get(3).location().line());
        assertEquals(LocalDate.of(2020, 10, 4), sink.documents.get(4).date(), "date from the path");
        assertEquals("Talks in Moscow", sink.documents.get(5).title());
        assertNull(sink.documents.get(5).date());
        EventRow r1 = sink.rows.get(0);
        assertEquals("AZE1", r1.id());
        assertEquals("Hadrut", r1.place());
        assertEquals(39.52, r1.lat());
        assertEquals(4, r1.fatalities());
        assertEquals("Khojavend", r1.admin1());
        assertNull(sink.rows.get(1).lat());
        assertTrue(sink.warnings.stream().anyMatch(w -> w.reason().contains("year")), "unknown column warned");
        assertTrue(sink.warnings.stream().anyMatch(w -> w.reason().contains("extra")), "unknown JSON field warned");
    }

    @Test
    void malformedRowsInTheMiddleOfACsvAreReportedAndTheRestIsRead() throws IOException {
        // a good row; an unclosed quote that swallows the next line up to its quote (one record, warned with
        // its line range); a bad date; a wrong field count; then good rows again
        write("events/mid.csv", ACLED_HEADER
                + "M1,04 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Hadrut,,,,ok\n"
                + "M2,04 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Hadrut,,,,\"unclosed note\n"
                + "M3,04 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Shusha,,,,\"quoted\"\n"
                + "M4,the fourth,2020,Battles,Armed clash,Azerbaijan,,,Shusha,,,,\n"
                + "M5,04 October 2020,2020,Battles\n"
                + "M6,05 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Shusha,,,,\"a, b\"\n"
                + "M7,06 October 2020,2020,Battles,Armed clash,Azerbaijan,,,Hadrut,,,,\n");
        CollectingSink sink = new CollectingSink();
        InputReader.read(dir.resolve("events/mid.csv"), InputSpec.defaults(), sink);
        assertEquals("5 6", sink.errorsAt("mid.csv"), sink.errors.toString());
        assertEquals(List.of("M1", "M2", "M6", "M7"), sink.rows.stream().map(EventRow::id).toList());
        assertEquals(1, sink.warnings.stream().filter(w -> w.location().line() == 3
                && w.reason().contains("lines 3-4")).count(), sink.warnings.toString());
        assertEquals(6, sink.rows.size() + sink.errors.size(), "M2 and M3 are one record, with a warning");
    }

    @Test
    void singleFileOfAFolderReadsLikeTheFolderDoes() throws IOException {
        write("sub/2020-10-04-a.txt", "Shelling.");
        write("sub/README.md", "# doc");
        CollectingSink whole = new CollectingSink();
        InputReader.read(dir, InputSpec.defaults(), whole);
        CollectingSink one = new CollectingSink();
        InputReader.readFile(dir.resolve("sub/2020-10-04-a.txt"), "x/sub/2020-10-04-a.txt", "sub/2020-10-04-a.txt",
                InputSpec.defaults(), one);
        InputReader.readFile(dir.resolve("sub/README.md"), "x/sub/README.md", "sub/README.md", InputSpec.defaults(), one);
        assertEquals(1, one.documents.size());
        Document a = whole.documents.get(0);
        Document b = one.documents.get(0);
        assertEquals(a.id(), b.id());
        assertEquals(a.date(), b.date());
        assertEquals("x/sub/2020-10-04-a.txt", b.location().file());
        assertTrue(InputReader.ignoredInFolder("a/.git/x.txt"));
        assertTrue(InputReader.ignoredInFolder("LICENSE"));
        assertTrue(!InputReader.ignoredInFolder("a/readme-notes/x.txt"));
    }

    @Test
    void windows1252AndAutoDetection() throws IOException {
        Charset cp = Charset.forName("windows-1252");
        write("legacy.csv", "id,date,text\nw1,2020-10-04,Frappes \u00e0 Stepanakert \u2013 d\u00e9g\u00e2ts\n".getBytes(cp));
        CollectingSink utf8 = new CollectingSink();
        InputReader.read(dir.resolve("legacy.csv"), InputSpec.defaults(), utf8);
        assertEquals(0, utf8.documents.size());
        assertEquals(1, utf8.errors.size());
        assertEquals(2, utf8.errors.get(0).location().line());
        for (InputSpec.Encoding enc : List.of(InputSpec.Encoding.AUTO, InputSpec.Encoding.WINDOWS_1252)) {
            CollectingSink s = new CollectingSink();
            InputReader.read(dir.resolve("legacy.csv"), InputSpec.builder().encoding(enc).build(), s);
            assertEquals("Frappes \u00e0 Stepanakert \u2013 d\u00e9g\u00e2ts", s.documents.get(0).text());
        }
    }

    @Test
    void configuredColumnsDelimiterAndDateFormats() throws IOException {
        write("t.tsv", "place\twhen\twhat\n\"Goris\"\t10/04/2020\tProtests\n");
        InputSpec spec = InputSpec.builder().eventColumn("location", "Place").eventColumn("event_date", "when")
                .eventColumn("event_type", "what").dateFormats(List.of("MM/dd/yyyy")).build();
        CollectingSink s = new CollectingSink();
        InputReader.read(dir.resolve("t.tsv"), spec, s);
        assertEquals(1, s.rows.size(), s.errors.toString());
        assertEquals(LocalDate.of(2020, 10, 4), s.rows.get(0).date());
        assertEquals("Protests", s.rows.get(0).eventType());
        assertEquals("t.tsv:2", s.rows.get(0).id().substring(s.rows.get(0).id().length() - 7));
        assertThrows(IllegalArgumentException.class, () -> InputSpec.builder().articleColumn("body", "x").build());
        assertThrows(IllegalArgumentException.class, () -> InputSpec.builder().dateFormats(List.of("yyyy-MM-dd {")).build());
        assertEquals(InputSpec.Encoding.WINDOWS_1252, InputSpec.Encoding.parse("CP1252"));
    }

    @Test
    void delimiterDetectionAndLongLines() throws IOException {
        assertEquals(';', CsvInputReader.detectDelimiter("a;b;\"c,d,e\"\n1,2,3".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        assertEquals('|', CsvInputReader.detectDelimiter("a|b|c".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        write("long.jsonl", "{\"text\":\"" + "x".repeat(500) + "\"}\n{\"text\":\"short\"}\n");
        CollectingSink s = new CollectingSink();
        InputReader.read(dir.resolve("long.jsonl"), InputSpec.builder().maxRecordBytes(100).build(), s);
        assertEquals(1, s.documents.size());
        assertEquals(1, s.errors.size());
        assertEquals(1, s.errors.get(0).location().line());
        assertEquals(2, s.documents.get(0).location().line());
        assertTrue(s.documents.get(0).id().endsWith("long.jsonl:2"), "id defaults to file:line");
    }

    @Test
    void csvWithNeitherTextNorLocationIsReported() throws IOException {
        write("x.csv", "a,b\n1,2\n");
        CollectingSink s = new CollectingSink();
        InputReader.read(dir, InputSpec.defaults(), s);
        assertEquals(1, s.errors.size());
        assertTrue(s.errors.get(0).reason().contains("neither"));
        assertThrows(NoSuchFileException.class, () -> InputReader.read(dir.resolve("missing"), InputSpec.defaults(), s));
    }
}
