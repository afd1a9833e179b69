package org.conflictmap.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read inputs: column (or JSON field) names for articles and event tables, the CSV delimiter,
 * the text encoding, the accepted date formats and a size limit per record.
 *
 * <p>Column maps go from a logical field ({@link #ARTICLE_FIELDS}, {@link #EVENT_FIELDS}) to the column
 * header (matched case-insensitively, surrounding blanks ignored). Article fields also name the JSONL keys.
 * Event-table defaults follow the ACLED export layout. Build with {@link #builder()}; {@link #defaults()}
 * is what a run without configuration uses. Invalid settings throw {@link IllegalArgumentException}
 * with a message fit for the user (a configuration error).
 *
 * @param articleColumns logical article field → column/key name
 * @param eventColumns   logical event-table field → column name
 * @param delimiter      CSV delimiter, or null to detect it from the header line (, ; TAB |)
 * @param encoding       text encoding of the inputs
 * @param dateFormats    {@link java.time.format.DateTimeFormatter} patterns (English month names,
 *                       case-insensitive), tried in order; ISO dates and date-times are always accepted
 * @param maxRecordBytes largest accepted record (one text file, one JSONL line), in bytes
 */
public record InputSpec(Map<String, String> articleColumns, Map<String, String> eventColumns, Character delimiter,
                        Encoding encoding, List<String> dateFormats, long maxRecordBytes) {

    /** Logical article fields, in order. {@code text} is required; the others are optional. */
    public static final List<String> ARTICLE_FIELDS = List.of("id", "text", "date", "lang", "title", "source", "url");

    /** Logical event-table fields, in order. {@code location} and {@code event_date} are required. */
    public static final List<String> EVENT_FIELDS = List.of("id", "event_date", "event_type", "sub_event_type",
            "country", "admin1", "admin2", "location", "latitude", "longitude", "fatalities", "notes");

    /** Default date patterns: "2020-10-04", "04 October 2020", "4 Oct 2020". */
    public static final List<String> DEFAULT_DATE_FORMATS = List.of("yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy");

    /** Default record size limit: 64 MiB. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 64L << 20;

    /** Text encodings the readers accept. A UTF-8 byte-order mark always wins. */
    public enum Encoding {
        /** UTF-8; invalid byte sequences are reported per record. */
        UTF_8,
        /** Windows-1252 (Western European legacy files). */
        WINDOWS_1252,
        /** UTF-8 when the file (or JSONL line) is valid UTF-8, else Windows-1252. */
        AUTO;

        /** Parses "utf-8", "utf8", "windows-1252", "cp1252", "auto" (case-insensitive). */
        public static Encoding parse(String s) {
            String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            return switch (t) {
                case "utf-8", "utf8" -> UTF_8;
                case "windows-1252", "cp1252", "win1252" -> WINDOWS_1252;
                case "auto" -> AUTO;
                default -> throw new IllegalArgumentException(
                        "unknown encoding '" + s + "' (use utf-8, windows-1252 or auto)");
            };
        }

        /** The charset to decode with once the choice is made (AUTO decides per file or line). */
        public Charset charset() {
            return this == WINDOWS_1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        }
    }

    public InputSpec {
        articleColumns = complete(articleColumns, ARTICLE_FIELDS, Map.of(), "article");
        eventColumns = complete(eventColumns, EVENT_FIELDS, Map.of("id", "event_id_cnty"), "event-table");
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("bad CSV delimiter " + printable(delimiter));
        }
        encoding = encoding == null ? Encoding.UTF_8 : encoding;
        dateFormats = dateFormats == null || dateFormats.isEmpty() ? DEFAULT_DATE_FORMATS : List.copyOf(dateFormats);
        DateParser.validate(dateFormats);
        if (maxRecordBytes <= 0) {
            maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
        }
    }

    private static String printable(char c) {
        return c == '\n' ? "\\n" : c == '\r' ? "\\r" : "'" + c + "'";
    }

    private static Map<String, String> complete(Map<String, String> given, List<String> fields,
                                                Map<String, String> defaults, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, defaults.getOrDefault(f, f));
        }
        if (given != null) {
            for (Map.Entry<String, String> e : given.entrySet()) {
                if (!fields.contains(e.getKey())) {
                    throw new IllegalArgumentException("unknown " + what + " field '" + e.getKey()
                            + "' (known: " + String.join(", ", fields) + ")");
                }
                if (e.getValue() == null || e.getValue().isBlank()) {
                    throw new IllegalArgumentException(what + " field '" + e.getKey() + "' mapped to an empty column name");
                }
                out.put(e.getKey(), e.getValue().trim());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The settings used when nothing is configured: ACLED columns, delimiter detection, UTF-8. */
    public static InputSpec defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this spec. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.articles.putAll(articleColumns);
        b.events.putAll(eventColumns);
        b.delimiter = delimiter;
        b.encoding = encoding;
        b.dateFormats = dateFormats;
        b.maxRecordBytes = maxRecordBytes;
        return b;
    }

    /** Builds an {@link InputSpec}; unspecified settings keep their defaults. */
    public static final class Builder {
        private final Map<String, String> articles = new LinkedHashMap<>();
        private final Map<String, String> events = new LinkedHashMap<>();
        private Character delimiter;
        private Encoding encoding = Encoding.UTF_8;
        private List<String> dateFormats = DEFAULT_DATE_FORMATS;
        private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;

        private Builder() {
        }

        /** Maps a logical article field (id, text, date, lang, title, source, url) to a column/JSON key. */
        public Builder articleColumn(String field, String column) {
            articles.put(field, column);
            return this;
        }

        /** Maps a logical event-table field (ACLED names, plus id) to a column. */
        public Builder eventColumn(String field, String column) {
            events.put(field, column);
            return this;
        }

        /** Fixes the CSV delimiter; null detects it from the header line. */
        public Builder delimiter(Character delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /** Sets the encoding. */
        public Builder encoding(Encoding encoding) {
            this.encoding = encoding;
            return this;
        }

        /** Replaces the date patterns, e.g. {@code List.of("dd/MM/yyyy")} or {@code List.of("MM/dd/yyyy")}. */
        public Builder dateFormats(List<String> dateFormats) {
            this.dateFormats = dateFormats;
            return this;
        }

        /** Sets the largest accepted record in bytes. */
        public Builder maxRecordBytes(long maxRecordBytes) {
            this.maxRecordBytes = maxRecordBytes;
            return this;
        }

        /** Validates and builds. */
        public InputSpec build() {
            return new InputSpec(articles, events, delimiter, encoding, dateFormats, maxRecordBytes);
        }
    }
}
