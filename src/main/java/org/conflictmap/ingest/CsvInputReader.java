package org.conflictmap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.conflictmap.io.CsvRecords;

/**
 * Reads a CSV file with a header line, streaming: an event table when the header has the configured
 * {@code location} column, else an article table when it has the {@code text} column. Quoted
 * multi-line fields, any delimiter (detected from the header unless configured), a BOM, UTF-8 or
 * Windows-1252. A record with bad bytes, a wrong field count or a bad value is reported with its line;
 * the rest of the file goes on.
 */
final class CsvInputReader {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final InputSpec spec;
    private final DateParser dates;

    CsvInputReader(InputSpec spec, DateParser dates) {
        this.spec = spec;
        this.dates = dates;
    }

    void read(Path file, String name, byte[] head, RecordSink sink) throws IOException {
        Charset cs = charset(file, head);
        char delimiter = spec.delimiter() != null ? spec.delimiter()
                : name.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : detectDelimiter(head, cs);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setLenientEof(true).setTrailingData(true).get();
        try (LineTrackingReader reader = new LineTrackingReader(Files.newInputStream(file), cs)) {
            CSVParser parser;
            try {
                parser = format.parse(reader);
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                sink.error(new RecordError(new SourceLocation(name, 1), "unreadable CSV header: " + e.getMessage()));
                return;
            }
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                sink.error(new RecordError(new SourceLocation(name, 1), "no CSV header line"));
                return;
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(key(header.get(i)), i);
            }
            boolean events = index.containsKey(key(spec.eventColumns().get("location")));
            boolean articles = !events && index.containsKey(key(spec.articleColumns().get("text")));
            if (!events && !articles) {
                sink.error(new RecordError(new SourceLocation(name, 1), "CSV has neither a '"
                        + spec.articleColumns().get("text") + "' column (articles) nor a '"
                        + spec.eventColumns().get("location") + "' column (event table); header: "
                        + JsonlReader.list(header)));
                return;
            }
            Map<String, String> cols = events ? spec.eventColumns() : spec.articleColumns();
            warnUnknown(name, header, cols, sink);
            long headerEnd = parser.getCurrentLineNumber();
            if (reader.badBetween(1, Math.max(1, headerEnd))) {
                sink.warning(new RecordError(new SourceLocation(name, 1), "bad bytes in the header line"));
            }
            Fields fields = new Fields(index, cols);
            CsvRecords.forEach(parser, row -> {
                CSVRecord rec = row.record();
                long start = row.firstLine();
                long end = row.lastLine();
                SourceLocation loc = new SourceLocation(name, start);
                if (reader.badBetween(start, end)) {
                    sink.error(new RecordError(loc, "invalid " + cs.name() + " bytes in this record"
                            + (cs == StandardCharsets.UTF_8 ? " (set encoding to windows-1252 or auto for legacy files)" : "")));
                    return;
                }
                if (rec.size() != header.size()) {
                    sink.error(new RecordError(loc, "expected " + header.size() + " fields, found " + rec.size()
                            + (end > start && rec.size() > header.size() ? " in lines " + start + "-" + end
                            + " (a quote that is not closed joins lines into one record: those lines are skipped)"
                            : "")));
                    return;
                }
                if (end > start) {
                    warnSwallowed(rec, delimiter, header.size(), start, end, loc, sink);
                }
                if (events) {
                    eventRow(rec, fields, loc, sink);
                } else {
                    article(rec, fields, loc, sink);
                }
            }, (e, line) -> sink.error(new RecordError(new SourceLocation(name, line),
                    "malformed CSV, rest of the file skipped: " + e.getMessage())));
        }
    }

    /**
     * A record over several lines whose quoted field holds a line with as many delimiters as a whole record
     * most likely swallowed the following records through a quote that is not closed: warned, with its lines.
     */
    private static void warnSwallowed(CSVRecord rec, char delimiter, int fields, long start, long end,
                                      SourceLocation loc, RecordSink sink) {
        for (String v : rec) {
            int nl = v.indexOf('\n');
            while (nl >= 0) {
                int next = v.indexOf('\n', nl + 1);
                int stop = next < 0 ? v.length() : next;
                int count = 0;
                for (int i = nl + 1; i < stop; i++) {
                    count += v.charAt(i) == delimiter ? 1 : 0;
                }
                if (count >= fields - 1) {
                    sink.warning(new RecordError(loc, "record over lines " + start + "-" + end + " holds a line that"
                            + " looks like a whole record: a quote that is not closed may have joined records into"
                            + " one field (read as one record)"));
                    return;
                }
                nl = next;
            }
        }
    }

    private Charset charset(Path file, byte[] head) throws IOException {
        if (TextBytes.sniff(head) == TextBytes.Kind.UTF8_BOM) {
            return StandardCharsets.UTF_8;
        }
        if (spec.encoding() == InputSpec.Encoding.AUTO) {
            return TextBytes.isValidUtf8(file) ? StandardCharsets.UTF_8 : InputSpec.Encoding.WINDOWS_1252.charset();
        }
        return spec.encoding().charset();
    }

    /** The candidate delimiter that occurs most often outside quotes on the first line; ',' when none. */
    static char detectDelimiter(byte[] head, Charset cs) {
        String s = new String(head, cs);
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    if (c == DELIMITERS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS[best];
    }

    private static String key(String column) {
        return column == null ? "" : column.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    private static void warnUnknown(String name, List<String> header, Map<String, String> cols, RecordSink sink) {
        TreeSet<String> known = new TreeSet<>();
        cols.values().forEach(c -> known.add(key(c)));
        List<String> unknown = header.stream().filter(h -> !known.contains(key(h))).toList();
        if (!unknown.isEmpty()) {
            sink.warning(new RecordError(new SourceLocation(name, 1), "unknown columns ignored: " + JsonlReader.list(unknown)));
        }
    }

    /** Field access by logical name. */
    private record Fields(Map<String, Integer> index, Map<String, String> cols) {
        String get(CSVRecord rec, String field) {
            Integer i = index.get(key(cols.get(field)));
            if (i == null) {
                return null;
            }
            String v = rec.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        String raw(CSVRecord rec, String field) {
            Integer i = index.get(key(cols.get(field)));
            return i == null ? null : rec.get(i);
        }
    }

    private void article(CSVRecord rec, Fields f, SourceLocation loc, RecordSink sink) {
        String text = f.raw(rec, "text");
        if (text == null || text.isBlank()) {
            sink.error(new RecordError(loc, "no text"));
            return;
        }
        LocalDate date;
        try {
            date = dates.parse(f.get(rec, "date"));
        } catch (DateTimeParseException e) {
            sink.error(new RecordError(loc, e.getMessage()));
            return;
        }
        String id = f.get(rec, "id");
        String lang = f.get(rec, "lang");
        sink.document(new Document(id == null ? loc.toString() : id, text,
                lang == null ? null : lang.toLowerCase(Locale.ROOT), date, f.get(rec, "title"), f.get(rec, "source"),
                f.get(rec, "url"), loc));
    }

    private void eventRow(CSVRecord rec, Fields f, SourceLocation loc, RecordSink sink) {
        String place = f.get(rec, "location");
        if (place == null) {
            sink.error(new RecordError(loc, "no place name (column '" + f.cols().get("location") + "' empty)"));
            return;
        }
        LocalDate date;
        try {
            date = dates.parse(f.get(rec, "event_date"));
        } catch (DateTimeParseException e) {
            sink.error(new RecordError(loc, e.getMessage()));
            return;
        }
        if (date == null) {
            sink.error(new RecordError(loc, "no date (column '" + f.cols().get("event_date") + "' empty)"));
            return;
        }
        Double lat;
        Double lon;
        Integer fatalities;
        try {
            lat = number(f.get(rec, "latitude"), "latitude", 90);
            lon = number(f.get(rec, "longitude"), "longitude", 180);
            if ((lat == null) != (lon == null)) {
                throw new IllegalArgumentException("latitude and longitude must both be given or both be empty");
            }
            String fat = f.get(rec, "fatalities");
            fatalities = fat == null ? null : Integer.valueOf(fat);
            if (fatalities != null && fatalities < 0) {
                throw new IllegalArgumentException("negative fatalities " + fat);
            }
        } catch (NumberFormatException e) {
            sink.error(new RecordError(loc, "bad fatalities '" + f.get(rec, "fatalities") + "' (expected a whole number)"));
            return;
        } catch (IllegalArgumentException e) {
            sink.error(new RecordError(loc, e.getMessage()));
            return;
        }
        String id = f.get(rec, "id");
        sink.eventRow(new EventRow(loc, id == null ? loc.toString() : id, date, f.get(rec, "event_type"),
                f.get(rec, "sub_event_type"), f.get(rec, "country"), f.get(rec, "admin1"), f.get(rec, "admin2"),
                place, lat, lon, fatalities, f.get(rec, "notes")));
    }

    private static Double number(String s, String what, double limit) {
        if (s == null) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + what + " '" + s + "' (expected a decimal number)");
        }
        if (!(Math.abs(v) <= limit)) {
            throw new IllegalArgumentException(what + " " + s + " out of range ±" + (int) limit);
        }
        return v;
    }
}
