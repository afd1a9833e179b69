package org.conflictmap.ingest;

/** Receives what input readers produce, one record at a time (streaming). */
public interface RecordSink {

    /** An article to geoparse. */
    void document(Document document);

    /** A row of an event table. */
    void eventRow(EventRow row);

    /** A record that could not be read; the reader goes on with the next one. */
    void error(RecordError error);

    /**
     * Something worth telling the user that does not cost a record (an ignored unknown column, a record
     * delivered with a repaired field). Not counted as a skipped record. Default: ignored.
     */
    default void warning(RecordError warning) {
    }
}
