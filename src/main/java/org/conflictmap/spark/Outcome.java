package org.conflictmap.spark;

import org.conflictmap.events.ExtractionResult;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.SourceLocation;

/**
 * What one input record gave inside a task, tagged with its place in the single-machine run's order
 * (input file index, then sequence within the file), so the driver can replay the records in that
 * order. Texts are not kept: a document outcome holds its id, location and extraction result.
 *
 * @param unit     input file index
 * @param seq      sequence number within the file
 * @param kind     what this is
 * @param id       document or row id (DOCUMENT, ROW)
 * @param location where the record was read (DOCUMENT, ROW)
 * @param result   the extraction result (DOCUMENT, ROW), null when extraction failed
 * @param failure  DOCUMENT/ROW: the exception text when extraction threw; UNREADABLE: the I/O error message
 * @param error    the reader's error (ERROR) or warning (WARNING)
 * @param file     per-file facts (END)
 */
public record Outcome(int unit, long seq, Kind kind, String id, SourceLocation location, ExtractionResult result,
                      String failure, RecordError error, FileFacts file) implements Comparable<Outcome> {

    /** What an outcome carries. */
    public enum Kind {
        /** an article and its extraction result (or failure) */
        DOCUMENT,
        /** an event-table row and its extraction result (or failure) */
        ROW,
        /** a record the reader could not read */
        ERROR,
        /** a reader warning that costs no record */
        WARNING,
        /** the file could not be read at all (I/O error) */
        UNREADABLE,
        /** last outcome of every file */
        END
    }

    /**
     * Facts about one input file.
     *
     * @param name   the file name
     * @param bytes  size in bytes
     * @param sha256 SHA-256 of the content, hex
     */
    public record FileFacts(String name, long bytes, String sha256) {
    }

    /** True for a document or row whose extraction succeeded. */
    public boolean extracted() {
        return result != null && (kind == Kind.DOCUMENT || kind == Kind.ROW);
    }

    @Override
    public int compareTo(Outcome o) {
        int c = Integer.compare(unit, o.unit);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
