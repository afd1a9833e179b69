package org.conflictmap.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a JSONL/NDJSON file of articles, one JSON object per line, streaming. Keys follow the article
 * column mapping of {@link InputSpec}. Blank lines are ignored; every other line is delivered as a
 * {@link Document} or reported (bad bytes, bad JSON, no text, unparsable date, too long).
 */
final class JsonlReader {

    /** At most this many distinct unknown field names are collected per file. */
    static final int MAX_UNKNOWN = 1000;

    private final ObjectMapper json = new ObjectMapper();
    private final InputSpec spec;
    private final DateParser dates;

    JsonlReader(InputSpec spec, DateParser dates) {
        this.spec = spec;
        this.dates = dates;
    }

    void read(Path file, String name, RecordSink sink) throws IOException {
        Set<String> unknown;
        try (ByteLineReader lines = new ByteLineReader(Files.newInputStream(file), spec.maxRecordBytes())) {
            unknown = read(lines, name, sink);
        }
        RecordError w = unknownFields(name, unknown);
        if (w != null) {
            sink.warning(w);
        }
    }

    /**
     * Reads every line of a reader into the sink; returns the unknown field names met (the first
     * {@link #MAX_UNKNOWN} distinct ones, in first-seen order), which the caller reports.
     */
    Set<String> read(ByteLineReader lines, String name, RecordSink sink) throws IOException {
        Map<String, String> cols = spec.articleColumns();
        Set<String> unknown = new LinkedHashSet<>();
        while (lines.next()) {
            SourceLocation loc = new SourceLocation(name, lines.lineNumber());
            if (lines.tooLong()) {
                sink.error(new RecordError(loc, "line longer than " + spec.maxRecordBytes() + " bytes: skipped"));
                continue;
            }
            if (lines.isBlank()) {
                continue;
            }
            String text;
            try {
                text = TextBytes.decode(lines.bytes(), 0, lines.length(), spec.encoding());
            } catch (TextBytes.BadBytes e) {
                sink.error(new RecordError(loc, e.getMessage()));
                continue;
            }
            Document doc = parse(text, loc, cols, unknown, sink);
            if (doc != null) {
                sink.document(doc);
            }
        }
        return unknown;
    }

    /** The file-level warning about unknown fields (listed sorted), or null when there are none. */
    static RecordError unknownFields(String name, Collection<String> unknown) {
        return unknown.isEmpty() ? null : new RecordError(new SourceLocation(name, 0),
                "unknown fields ignored: " + list(new TreeSet<>(unknown)));
    }

    static String list(java.util.Collection<String> names) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (String n : names) {
            if (i == 12) {
                b.append(", ... (+").append(names.size() - 12).append(" more)");
                break;
            }
            b.append(i++ == 0 ? "" : ", ").append(n);
        }
        return b.toString();
    }

    private Document parse(String line, SourceLocation loc, Map<String, String> cols, Set<String> unknown,
                           RecordSink sink) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            sink.error(new RecordError(loc, "invalid JSON: " + shortMessage(e)));
            return null;
        }
        if (node == null || !node.isObject()) {
            sink.error(new RecordError(loc, "not a JSON object"));
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!cols.containsValue(f) && unknown.size() < MAX_UNKNOWN) {
                unknown.add(f);
            }
        }
        JsonNode textNode = node.get(cols.get("text"));
        if (textNode == null || textNode.isNull() || !textNode.isValueNode() || textNode.asText().isBlank()) {
            sink.error(new RecordError(loc, "no text (field '" + cols.get("text") + "' missing or empty)"));
            return null;
        }
        LocalDate date;
        try {
            date = dates.parse(str(node, cols.get("date")));
        } catch (DateTimeParseException e) {
            sink.error(new RecordError(loc, e.getMessage()));
            return null;
        }
        String id = str(node, cols.get("id"));
        if (id == null || id.isBlank()) {
            id = loc.toString();
        }
        String lang = str(node, cols.get("lang"));
        return new Document(id.trim(), textNode.asText(), lang == null || lang.isBlank() ? null
                : lang.trim().toLowerCase(java.util.Locale.ROOT), date, str(node, cols.get("title")),
                str(node, cols.get("source")), str(node, cols.get("url")), loc);
    }

    private static String shortMessage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf(" (start marker at");
        m = cut > 0 ? m.substring(0, cut) : m;
        cut = m.indexOf('\n');
        return (cut > 0 ? m.substring(0, cut) : m) + " (column " + e.getLocation().getColumnNr() + ")";
    }

    private static String str(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
