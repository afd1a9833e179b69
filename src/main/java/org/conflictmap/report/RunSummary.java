package org.conflictmap.report;

import java.util.List;

/**
 * The run facts the report opens with. Counts that are unknown are -1.
 *
 * @param toolVersion        conflictmap version, or ""
 * @param inputs             input files with their record counts
 * @param recordsRead        records read
 * @param skipped            records skipped (listed in errors.csv)
 * @param documents          documents (articles) processed
 * @param eventReports       place mentions that became event reports
 * @param events             events
 * @param places             places with events
 * @param unresolvedNames    distinct unresolved names
 * @param unresolvedMentions mentions of unresolved names
 * @param warnings           warnings (records processed with a doubt)
 */
public record RunSummary(String toolVersion, List<Input> inputs, long recordsRead, long skipped, long documents,
                         long eventReports, long events, long places, long unresolvedNames, long unresolvedMentions,
                         long warnings) {

    public RunSummary {
        toolVersion = toolVersion == null ? "" : toolVersion;
        inputs = List.copyOf(inputs);
    }

    /**
     * One input file.
     *
     * @param file      file name as in the manifest
     * @param records   records read (-1 unknown)
     * @param processed records processed
     * @param skipped   records skipped
     * @param failure   why the whole file failed, or ""
     */
    public record Input(String file, long records, long processed, long skipped, String failure) {
        public Input {
            failure = failure == null ? "" : failure;
        }
    }

    /** Share of place mentions left unresolved, in [0, 1], or -1 when unknown. */
    public double unresolvedShare() {
        if (unresolvedMentions < 0 || eventReports < 0 || unresolvedMentions + eventReports == 0) {
            return -1;
        }
        return (double) unresolvedMentions / (unresolvedMentions + eventReports);
    }
}
