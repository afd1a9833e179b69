package org.conflictmap.batch;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a run (manifest.json and the summary line). records read = processed + skipped.
 *
 * @param inputs             input files
 * @param recordsRead        records read (documents, event rows, unreadable records)
 * @param processed          records processed
 * @param skipped            records skipped (errors in errors.csv)
 * @param skippedByReason    skipped records by reason (the reason text up to its first ':')
 * @param documents          articles processed
 * @param eventRows          event-table rows processed
 * @param mentions           event reports before merging
 * @param events             events after merging
 * @param places             places with events
 * @param unresolvedNames    distinct unresolved names
 * @param unresolvedMentions unresolved mentions
 * @param warnings           warnings (records processed with a doubt)
 */
public record RunCounts(int inputs, long recordsRead, long processed, long skipped, Map<String, Long> skippedByReason,
                        long documents, long eventRows, long mentions, long events, long places,
                        long unresolvedNames, long unresolvedMentions, long warnings) {

    public RunCounts {
        skippedByReason = Collections.unmodifiableMap(new TreeMap<>(skippedByReason));
    }

    /** The reason class of an error text: up to its first ':' (at most 80 chars). */
    static String reasonKey(String reason) {
        String r = reason == null ? "" : reason.strip();
        int c = r.indexOf(':');
        if (c > 0) {
            r = r.substring(0, c);
        }
        return r.length() > 80 ? r.substring(0, 80) : r;
    }
}
