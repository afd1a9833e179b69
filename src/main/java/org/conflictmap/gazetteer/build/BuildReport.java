package org.conflictmap.gazetteer.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a build read, added and rejected: sources, per-source counts and malformed rows (file:line: why). */
public final class BuildReport {

    /** At most this many malformed rows are listed per file; the rest are only counted. */
    static final int LIST_LIMIT = 20;

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, Integer> malformedByFile = new LinkedHashMap<>();
    private final List<String> malformed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Records that a source file was read, with a one-line summary. */
    public void source(Path file, String summary) {
        sources.put(file.toString(), summary);
    }

    /** Records a malformed row. */
    public void malformed(Path file, long line, String why) {
        String f = file.toString();
        int n = malformedByFile.merge(f, 1, Integer::sum);
        if (n <= LIST_LIMIT) {
            malformed.add(f + ":" + line + ": " + why);
        }
    }

    /** Records a note (a warning or a decision worth telling the user). */
    public void note(String text) {
        notes.add(text);
    }

    /** Total malformed rows. */
    public int malformedCount() {
        return malformedByFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Malformed rows per file. */
    public Map<String, Integer> malformedByFile() {
        return Map.copyOf(malformedByFile);
    }

    /** Listed malformed rows ("file:line: why"). */
    public List<String> malformedRows() {
        return List.copyOf(malformed);
    }

    /** Sources read, in order, with their summaries. */
    public Map<String, String> sources() {
        return java.util.Collections.unmodifiableMap(sources);
    }

    /** Notes. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A readable multi-line report. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sources.forEach((f, s) -> sb.append("read ").append(f).append(": ").append(s).append('\n'));
        notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
        if (!malformedByFile.isEmpty()) {
            sb.append("malformed rows: ").append(malformedCount()).append(" (skipped)\n");
            malformed.forEach(m -> sb.append("  ").append(m).append('\n'));
            malformedByFile.forEach((f, n) -> {
                if (n > LIST_LIMIT) {
                    sb.append("  ... ").append(n - LIST_LIMIT).append(" more in ").append(f).append('\n');
                }
            });
        }
        return sb.toString();
    }
}
