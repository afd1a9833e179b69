package org.conflictmap.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.io.CsvRecords;

/**
 * Reads and writes {@code events.csv}, the contract between the batch run and the map, chart and
 * report commands. Columns, in order: {@link #HEADER}. Documents are joined with ';'.
 * Coordinates are written with 5 decimals (about 1 m), so output is byte-stable.
 */
public final class EventsCsv {

    /** Column names, in file order. */
    public static final List<String> HEADER = List.of("event_id", "date", "event_type", "place_id", "place",
            "feature", "precision", "country", "country_name", "admin1", "lat", "lon", "sources", "fatalities",
            "documents", "evidence");

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private EventsCsv() {
    }

    /** Writes the events atomically, in the given order. */
    public static void write(Path file, List<Event> events) throws IOException {
        AtomicFiles.write(file, out -> {
            Utf8Out w = new Utf8Out(out, 1 << 16);
            CsvOut p = new CsvOut(w, WRITE);
            p.record(HEADER);
            CoordText coords = new CoordText();
            for (Event e : events) {
                p.cell(e.id()).cell(e.date().toString()).cell(e.type().key()).cell(Long.toString(e.placeId()))
                        .cell(CsvCells.safe(e.place())).cell(e.feature()).cell(e.precision().key()).cell(e.country())
                        .cell(CsvCells.safe(e.countryName())).cell(CsvCells.safe(e.admin1()))
                        .cell(coords.of(e.lat())).cell(coords.of(e.lon())).cell(Integer.toString(e.sources()))
                        .cell(e.fatalities() == null ? "" : e.fatalities().toString())
                        .cell(CsvCells.safe(String.join(";", e.documents()))).cell(CsvCells.safe(e.evidence()));
                p.endRecord();
            }
            w.flush();
        });
    }

    /** Formats a coordinate with 5 decimals, locale-independent. */
    public static String coord(double v) {
        return CoordText.format(v);
    }

    /**
     * Reads an events.csv written by {@link #write}. A malformed row is reported on stderr with its file and
     * line, and skipped; the other rows are read. See {@link #read(Path, Consumer)}.
     */
    public static List<Event> read(Path file) throws IOException {
        return read(file, problem -> System.err.println("warning: " + problem));
    }

    /**
     * Reads an events.csv written by {@link #write}. A malformed row is handed to {@code problems} as
     * "FILE:LINE: reason (row skipped)" and reading goes on with the next row; broken quoting that makes the
     * rest of the file unreadable is reported the same way and ends the reading. A file without the
     * events.csv header is an {@link IOException}.
     */
    public static List<Event> read(Path file, Consumer<String> problems) throws IOException {
        return readRows(file, problems).events();
    }

    /** The events read from an events.csv, each with the line its record starts on (same index). */
    public record Rows(List<Event> events, List<Long> lines) {
        /** Copies both lists; they must have the same size. */
        public Rows {
            events = List.copyOf(events);
            lines = List.copyOf(lines);
            if (events.size() != lines.size()) {
                throw new IllegalArgumentException(events.size() + " events but " + lines.size() + " lines");
            }
        }
    }

    /** Like {@link #read(Path, Consumer)}, and keeps the line on which each read event's record starts. */
    public static Rows readRows(Path file, Consumer<String> problems) throws IOException {
        List<Event> out = new ArrayList<>();
        List<Long> lineOf = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = READ.parse(r)) {
            if (!parser.getHeaderNames().containsAll(HEADER)) {
                throw new IOException(file + ": not an events.csv (header must be " + String.join(",", HEADER) + ")");
            }
            CsvRecords.forEach(parser, row -> {
                try {
                    out.add(parse(row.record()));
                    lineOf.add(row.firstLine());
                } catch (RuntimeException ex) {
                    problems.accept(file + ":" + row.firstLine() + ": " + ex.getMessage() + " (row skipped)");
                }
            }, (ex, line) -> problems.accept(file + ":" + line + ": unreadable CSV, rest of the file skipped: "
                    + ex.getMessage()));
        }
        return new Rows(out, lineOf);
    }

    private static Event parse(CSVRecord r) {
        String fat = r.get("fatalities");
        String docs = CsvCells.unsafe(r.get("documents"));
        return new Event(r.get("event_id"), LocalDate.parse(r.get("date")), EventType.parse(r.get("event_type")),
                Long.parseLong(r.get("place_id")), CsvCells.unsafe(r.get("place")), r.get("feature"),
                Precision.parse(r.get("precision")), r.get("country"), CsvCells.unsafe(r.get("country_name")),
                CsvCells.unsafe(r.get("admin1")), Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                Integer.parseInt(r.get("sources")), fat.isEmpty() ? null : Integer.valueOf(fat),
                docs.isEmpty() ? List.of() : Arrays.asList(docs.split(";")), CsvCells.unsafe(r.get("evidence")));
    }
}
