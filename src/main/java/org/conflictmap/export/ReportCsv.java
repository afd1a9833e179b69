package org.conflictmap.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.io.AtomicFiles;

/**
 * Writers of the run's tables besides events.csv: {@code places.csv}, {@code unresolved.csv},
 * {@code errors.csv}, {@code aggregates.csv}. UTF-8, '\n' line ends, RFC 4180 quoting, every text cell
 * through {@link CsvCells#safe}; written atomically.
 */
public final class ReportCsv {

    /** places.csv columns. */
    public static final List<String> PLACES_HEADER = List.of("place_id", "place", "feature", "precision", "country",
            "country_name", "admin1", "lat", "lon", "events", "documents", "first_date", "last_date");
    /** unresolved.csv columns. */
    public static final List<String> UNRESOLVED_HEADER = List.of("name", "documents", "mentions",
            "example_document", "example_sentence");
    /** errors.csv columns. */
    public static final List<String> ERRORS_HEADER = List.of("file", "line", "severity", "reason");
    /** aggregates.csv columns. */
    public static final List<String> AGGREGATES_HEADER = List.of("dimension", "key", "label", "event_type",
            "events", "sources");

    private ReportCsv() {
    }

    static CSVFormat format(List<String> header) {
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get();
    }

    /** A CSV printer over a UTF-8 writer; the caller closes it. */
    public static CSVPrinter printer(Writer w, List<String> header) throws IOException {
        return new CSVPrinter(w, format(header));
    }

    /** Writes places.csv. */
    public static void writePlaces(Path file, List<PlaceRow> rows) throws IOException {
        CoordText coords = new CoordText();
        write(file, PLACES_HEADER, p -> {
            for (PlaceRow r : rows) {
                p.printRecord(r.placeId(), CsvCells.safe(r.place()), CsvCells.safe(r.feature()), r.precision(),
                        CsvCells.safe(r.country()), CsvCells.safe(r.countryName()), CsvCells.safe(r.admin1()),
                        coords.of(r.lat()), coords.of(r.lon()), r.events(), r.documents(),
                        r.firstDate().toString(), r.lastDate().toString());
            }
        });
    }

    /** Writes unresolved.csv. */
    public static void writeUnresolved(Path file, List<UnresolvedRow> rows) throws IOException {
        write(file, UNRESOLVED_HEADER, p -> {
            for (UnresolvedRow r : rows) {
                p.printRecord(CsvCells.safe(r.name()), r.documents(), r.mentions(), CsvCells.safe(r.exampleDocument()),
                        CsvCells.safe(r.exampleSentence()));
            }
        });
    }

    /** Prints one errors.csv row. */
    public static void printError(CSVPrinter p, ErrorRow r) throws IOException {
        p.printRecord(CsvCells.safe(r.file()), r.line() > 0 ? Long.toString(r.line()) : "", r.severity().key(),
                CsvCells.safe(r.reason()));
    }

    /** Writes errors.csv. */
    public static void writeErrors(Path file, List<ErrorRow> rows) throws IOException {
        write(file, ERRORS_HEADER, p -> {
            for (ErrorRow r : rows) {
                printError(p, r);
            }
        });
    }

    /** Writes aggregates.csv. */
    public static void writeAggregates(Path file, List<AggregateRow> rows) throws IOException {
        write(file, AGGREGATES_HEADER, p -> {
            for (AggregateRow r : rows) {
                p.printRecord(CsvCells.safe(r.dimension()), CsvCells.safe(r.key()), CsvCells.safe(r.label()),
                        CsvCells.safe(r.eventType()), r.events(), r.sources());
            }
        });
    }

    /** Prints the rows of one table. */
    @FunctionalInterface
    public interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /** Writes a CSV file atomically with the given header and rows. */
    public static void write(Path file, List<String> header, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter p = printer(w, header)) {
                rows.print(p);
            }
        });
    }
}
