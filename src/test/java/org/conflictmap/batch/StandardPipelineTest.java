package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.events.Event;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner over the real readers, geoparser and event builder, on a tiny in-memory gazetteer. */
class StandardPipelineTest {

    private static final Place AZ = new Place(587116, "Azerbaijan", "A", "PCLI", "AZ", "", 40.5, 47.5, 10_000_000,
            new BBox(44.7, 38.4, 50.4, 41.9));

    @TempDir
    Path tmp;

    private static BatchRunner runner() {
        Map<Place, List<String>> m = new LinkedHashMap<>();
        m.put(TestFixtures.AM, List.of("Arménie", "Армения"));
        m.put(AZ, List.of("Azerbaïdjan", "Азербайджан"));
        m.put(TestFixtures.YEREVAN, List.of("Erevan", "Ереван"));
        m.put(TestFixtures.STEPANAKERT, List.of("Khankendi", "Xankandi", "Степанакерт"));
        m.put(TestFixtures.BAKU, List.of("Bakou", "Баку"));
        InMemoryGazetteer g = InMemoryGazetteer.of(m);
        return new BatchRunner(StandardPipeline::create, p -> LoadedGazetteer.inMemory(g), List.of(),
                RunLog.silent(), "test");
    }

    private Path file(String rel, String text) throws Exception {
        Path p = tmp.resolve("in").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<CSVRecord> csv(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private void mixedInputs() throws Exception {
        file("articles.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"date\":\"2020-09-27\",\"lang\":\"en\",\"text\":\"Heavy fighting broke out near Stepanakert. Shelling hit Baku.\"}",
                "{\"id\":\"a2\",\"date\":\"2020-09-27\",\"lang\":\"fr\",\"text\":\"De violents combats ont éclaté près de Stepanakert.\"}",
                "{not json at all",
                "{\"id\":\"a3\",\"date\":\"someday\",\"text\":\"Protest in Yerevan.\"}",
                "{\"id\":\"a4\",\"date\":\"2020-10-04\",\"lang\":\"ru\",\"text\":\"Баку и Ереван обменялись обвинениями.\"}",
                ""));
        file("dispatches/2020-10-05-erevan.txt", "Thousands protested in Yerevan on Monday.\n");
        file("dispatches/empty.txt", "");
        Files.write(tmp.resolve("in/dispatches/image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Files.write(tmp.resolve("in/dispatches/latin1.txt"),
                "Combats \u00e0 Stepanakert".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        file("acled.csv", String.join("\n",
                "event_id_cnty,event_date,event_type,sub_event_type,country,admin1,admin2,location,latitude,longitude,fatalities,notes",
                "T1,27 September 2020,Battles,Armed clash,Azerbaijan,,,Stepanakert,39.8177,46.7528,3,clash",
                "T2,28 September 2020,Explosions/Remote violence,Shelling,AZ,,,Baku,,,0,=cmd|' /C calc'!A0",
                "T3,29 September 2020,Battles,Armed clash,Azerbaijan,,,Stepanakert,40.3777,49.8920,1,far point",
                "T4,not a date,Battles,Armed clash,Azerbaijan,,,Baku,,,0,bad date",
                "T5,30 September 2020,Battles,Armed clash,Azerbaijan,,,Baku,,,0,too,many",
                ""));
    }

    @Test
    void everyRecordIsProcessedOrListed() throws Exception {
        mixedInputs();
        Path out = tmp.resolve("out");
        BatchRunner.Result r = runner().run(TestFixtures.config(out, 2, tmp.resolve("in")), false);
        RunCounts c = r.counts();
        assertEquals(ExitCode.DATA_ERR, r.exitCode(), r.summary());
        assertEquals(c.recordsRead(), c.processed() + c.skipped(), r.summary());
        List<CSVRecord> errors = csv(out.resolve("errors.csv"));
        long errorRows = errors.stream().filter(e -> e.get("severity").equals("error")).count();
        assertEquals(c.skipped(), errorRows, errors.toString());
        // bad JSON, bad date (JSONL), empty file, binary file, bad date (CSV), 13 fields (CSV) ... at least
        assertTrue(c.skipped() >= 6, errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("file").endsWith("articles.jsonl") && e.get("line").equals("3")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("file").endsWith("image.png")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("severity").equals("warning")
                && e.get("reason").contains("T3")), errors.toString());
        assertEquals(4, c.documents(), c.toString()); // a1 a2 a4 erevan.txt
        assertEquals(3, c.eventRows(), c.toString()); // T1 T2 T3
        assertEquals(7, c.skipped(), errors.toString()); // JSON, date, empty, png, latin-1, CSV date, CSV fields

        List<Event> events = EventsCsv.read(out.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(e -> e.place().equals("Stepanakert") && e.sources() >= 2), events.toString());
        assertTrue(Files.readString(out.resolve("events.csv")).contains(",'=cmd|"), "formula neutralised");
        assertTrue(events.stream().anyMatch(e -> e.documents().contains("dispatches/2020-10-05-erevan.txt")
                && e.date().toString().equals("2020-10-05")), events.toString());
    }

    @Test
    void incrementalEqualsFullOnTheRealStages() throws Exception {
        mixedInputs();
        Path inc = tmp.resolve("inc");
        runner().run(TestFixtures.config(inc, 2, tmp.resolve("in")), false);
        file("dispatches/2020-10-06-bakou.txt", "Des frappes ont touché Bakou.\n");
        file("articles.jsonl", "{\"id\":\"a9\",\"date\":\"2020-10-07\",\"text\":\"Shelling hit Stepanakert again.\"}\n");
        runner().run(TestFixtures.config(inc, 2, tmp.resolve("in")), false);
        Path full = tmp.resolve("full");
        runner().run(TestFixtures.config(full, 1, tmp.resolve("in")), true);
        for (String f : List.of("events.csv", "places.csv", "unresolved.csv", "errors.csv", "aggregates.csv",
                "events.geojson", "events.kml", "events.gpkg")) {
            assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(inc.resolve(f)), f);
        }
    }
}
