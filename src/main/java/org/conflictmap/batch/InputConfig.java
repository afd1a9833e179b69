package org.conflictmap.batch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One configured input: a file or a folder (read recursively). What a file holds is decided by the reader
 * from its extension (.txt/.md articles, .jsonl/.ndjson articles, .csv/.tsv: an event table when it has a
 * location column, else articles); these options say how to read CSV and JSONL.
 *
 * @param path           the file or folder
 * @param delimiter      CSV delimiter, or null to detect it from the header line
 * @param encoding       "utf-8", "windows-1252" or "auto"
 * @param dateFormats    java.time patterns tried in order (ISO dates always work); empty = the defaults
 * @param maxRecordMb    largest record (one text file, one JSONL line) in MiB; 0 = default (64)
 * @param articleColumns article field (id, text, date, lang, title, source, url) → column / JSON key
 * @param eventColumns   event-table field (ACLED names: event_date, location, ...) → column
 * @param uri            the input as a Hadoop URI ({@code hdfs://}, {@code s3a://}, {@code file://}, globs allowed)
 *                       when it was given as one, else null; only engines with an {@link InputSource} that reads
 *                       URIs (the Spark engine) accept it ({@code path} is then only a display form)
 */
public record InputConfig(Path path, Character delimiter, String encoding, List<String> dateFormats, int maxRecordMb,
                          Map<String, String> articleColumns, Map<String, String> eventColumns, String uri) {

    public InputConfig {
        Objects.requireNonNull(path, "path");
        encoding = encoding == null ? "utf-8" : encoding;
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        articleColumns = sorted(articleColumns);
        eventColumns = sorted(eventColumns);
    }

    private static Map<String, String> sorted(Map<String, String> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** A local input (no URI). */
    public InputConfig(Path path, Character delimiter, String encoding, List<String> dateFormats, int maxRecordMb,
                       Map<String, String> articleColumns, Map<String, String> eventColumns) {
        this(path, delimiter, encoding, dateFormats, maxRecordMb, articleColumns, eventColumns, null);
    }

    /** An input read with default options. */
    public static InputConfig of(Path path) {
        return new InputConfig(path, null, "utf-8", List.of(), 0, Map.of(), Map.of());
    }

    /** A URI input read with default options. */
    public static InputConfig ofUri(String uri) {
        return new InputConfig(placeholder(uri), null, "utf-8", List.of(), 0, Map.of(), Map.of(), uri);
    }

    /**
     * True when an input string is a URI with a scheme of two or more characters followed by ":/"
     * ({@code hdfs://nn/x}, {@code s3a://bucket/x}, {@code file:///x}), as opposed to a local path
     * (a Windows drive letter has a one-letter "scheme").
     */
    public static boolean isUri(String input) {
        return input != null && input.matches("[A-Za-z][A-Za-z0-9+.-]+:/.*");
    }

    /** A URI input with these reading options. */
    public InputConfig withUri(String uri) {
        return new InputConfig(placeholder(uri), delimiter, encoding, dateFormats, maxRecordMb, articleColumns,
                eventColumns, uri);
    }

    /** A path standing for a URI (valid on every platform; never read). */
    private static Path placeholder(String uri) {
        return Path.of(uri.replaceAll("[^A-Za-z0-9._/-]", "_"));
    }

    /** The input as configured: its URI, else its path ('/' separated). */
    public String display() {
        return uri != null ? uri : path.toString().replace('\\', '/');
    }

    /** The reading options only (no path), for cache keys. */
    public String readingFingerprint() {
        return (delimiter == null ? "detect" : Integer.toString(delimiter)) + "|" + encoding + "|" + dateFormats
                + "|" + maxRecordMb + "|" + articleColumns + "|" + eventColumns;
    }

    /** The options as plain data with the YAML key names. */
    public Map<String, Object> toData() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("path", display());
        e.put("delimiter", delimiter == null ? null : String.valueOf(delimiter));
        e.put("encoding", encoding);
        e.put("date_formats", dateFormats);
        e.put("max_record_mb", maxRecordMb);
        e.put("articles", articleColumns);
        e.put("events", eventColumns);
        return e;
    }
}
