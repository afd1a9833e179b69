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
 */
public record InputConfig(Path path, Character delimiter, String encoding, List<String> dateFormats, int maxRecordMb,
                          Map<String, String> articleColumns, Map<String, String> eventColumns) {

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

    /** An input read with default options. */
    public static InputConfig of(Path path) {
        return new InputConfig(path, null, "utf-8", List.of(), 0, Map.of(), Map.of());
    }

    /** The reading options only (no path), for cache keys. */
    public String readingFingerprint() {
        return (delimiter == null ? "detect" : Integer.toString(delimiter)) + "|" + encoding + "|" + dateFormats
                + "|" + maxRecordMb + "|" + articleColumns + "|" + eventColumns;
    }

    /** The options as plain data with the YAML key names. */
    public Map<String, Object> toData() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("path", path.toString().replace('\\', '/'));
        e.put("delimiter", delimiter == null ? null : String.valueOf(delimiter));
        e.put("encoding", encoding);
        e.put("date_formats", dateFormats);
        e.put("max_record_mb", maxRecordMb);
        e.put("articles", articleColumns);
        e.put("events", eventColumns);
        return e;
    }
}
