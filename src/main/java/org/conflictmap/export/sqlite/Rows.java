package org.conflictmap.export.sqlite;

/**
 * The rows of one b-tree, in key order, handed to {@link SqliteWriter}. Rows are read twice (once to size
 * them, once to write them) and must encode to the same bytes both times.
 */
public interface Rows {

    /** Number of rows. */
    int size();

    /** Rowid of row {@code i} (table b-trees; strictly increasing with {@code i}). Ignored for index b-trees. */
    long rowid(int i);

    /** Appends the values of row {@code i} to {@code record} (already cleared; do not call finish). */
    void encode(int i, RecordEncoder record);
}
