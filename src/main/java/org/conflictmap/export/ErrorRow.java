package org.conflictmap.export;

import java.util.Locale;

/**
 * One row of {@code errors.csv}.
 *
 * @param file     the input file
 * @param line     1-based line or record number, 0 for the whole file
 * @param severity ERROR: the record was skipped; WARNING: processed, but something is doubtful
 * @param reason   what is wrong
 */
public record ErrorRow(String file, long line, Severity severity, String reason) {

    /** Skipped (error) or processed with a doubt (warning). */
    public enum Severity {
        ERROR, WARNING;

        /** Lower-case key written to files. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
