package org.conflictmap.batch;

/**
 * What one input file gave: records read = processed + skipped.
 *
 * @param read      records read (documents, event rows, and records the reader could not read)
 * @param processed records turned into event reports (possibly none)
 * @param skipped   records listed as errors in errors.csv
 * @param documents articles among the processed records
 * @param rows      event-table rows among the processed records
 * @param warnings  warnings (the record was processed)
 * @param mentions  event reports
 */
public record InputCounts(long read, long processed, long skipped, long documents, long rows, long warnings,
                          long mentions) {

    /** Nothing. */
    public static final InputCounts ZERO = new InputCounts(0, 0, 0, 0, 0, 0, 0);

    /** The sum of two counts. */
    public InputCounts plus(InputCounts o) {
        return new InputCounts(read + o.read, processed + o.processed, skipped + o.skipped, documents + o.documents,
                rows + o.rows, warnings + o.warnings, mentions + o.mentions);
    }
}
