package org.conflictmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reading one large JSONL file in parts (line-aligned byte ranges, e.g. in parallel tasks) with exactly the
 * result of {@link InputReader} reading it whole: the same records, line numbers and messages, and one
 * unknown-fields warning for the whole file. The caller finds line starts and numbers them; each part
 * is read with {@link #read}, and the parts' unknown field names are reported with {@link #unknownFields}
 * after the last part.
 */
public final class JsonlParts {

    /** How many bytes of a file's start {@link #splittable} needs. */
    public static final int HEAD_BYTES = TextBytes.HEAD;

    private JsonlParts() {
    }

    /**
     * True when the reader reads a file as JSONL lines: its relative path (or name) ends in .jsonl or
     * .ndjson, and its first bytes ({@link #HEAD_BYTES} or the whole file) are not binary or UTF-16.
     */
    public static boolean splittable(String relativeOrName, byte[] head) {
        String lower = relativeOrName.toLowerCase(Locale.ROOT);
        boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        return jsonl && TextBytes.unreadableReason(TextBytes.sniff(head)) == null;
    }

    /**
     * Reads the lines of one part into the sink.
     *
     * @param in        the part's bytes: from the start of a line to the start of a line (or the end of the file)
     * @param fileStart true for the first part (a UTF-8 byte-order mark is dropped only there)
     * @param name      how locations name the file
     * @param firstLine the 1-based number of the part's first line in the file
     * @return the unknown field names the part met, in first-seen order (pass them to {@link #unknownFields})
     */
    public static List<String> read(InputStream in, boolean fileStart, String name, long firstLine, InputSpec spec,
                                    RecordSink sink) throws IOException {
        try (ByteLineReader lines = new ByteLineReader(in, spec.maxRecordBytes(), firstLine, fileStart)) {
            return List.copyOf(new JsonlReader(spec, new DateParser(spec.dateFormats())).read(lines, name, sink));
        }
    }

    /**
     * The warning a whole-file read gives about unknown fields, from the parts' lists in part order, or
     * null when there were none.
     */
    public static RecordError unknownFields(String name, List<List<String>> parts) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> part : parts) {
            for (String f : part) {
                if (all.size() >= JsonlReader.MAX_UNKNOWN) {
                    break;
                }
                all.add(f);
            }
        }
        return JsonlReader.unknownFields(name, new ArrayList<>(all));
    }
}
