package org.conflictmap.spark;

import java.util.List;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.SourceLocation;

/**
 * What one input record gave inside a task, tagged with its place in the single-machine run's order
 * (input file index, part of the file, sequence within the part), so the driver can replay the records
 * in that order. Texts are not kept: a document outcome holds its id, location and extraction result.
 *
 * @param unit     input file index
 * @param part     part of the file (0 when the file is read whole)
 * @param seq      sequence number within the part
 * @param kind     what this is
 * @param id       document or row id (DOCUMENT, ROW)
 * @param location where the record was read (DOCUMENT, ROW)
 * @param result   the extraction result (DOCUMENT, ROW), null when extraction failed
 * @param failure  DOCUMENT/ROW: the exception text when extraction threw; UNREADABLE: the I/O error message
 * @param error    the reader's error (ERROR) or warning (WARNING)
 * @param file     per-file facts (END)
 * @param fields   FIELDS: the unknown JSON fields one part met (reported once per file, as a whole-file read
 *                 does), {@code id} naming the file as its locations do
 */
public record Outcome(int unit, int part, long seq, Kind kind, String id, SourceLocation location,
                      ExtractionResult result, String failure, RecordError error, FileFacts file, List<String> fields)
        implements Comparable<Outcome> {

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
        /** file-level facts of one part of a file read in parts (unknown JSON fields) */
        FIELDS,
        /** last outcome of every file */
        END
    }

    /** An outcome without extraction payload. */
    static Outcome of(int unit, int part, long seq, Kind kind) {
        return new Outcome(unit, part, seq, kind, null, null, null, null, null, null, null);
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
        if (c == 0) {
            c = Integer.compare(part, o.part);
        }
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
