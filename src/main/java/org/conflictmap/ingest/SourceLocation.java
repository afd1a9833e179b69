package org.conflictmap.ingest;

/**
 * Where a record came from: a file and a 1-based line or record number (0 = the whole file).
 */
public record SourceLocation(String file, long line) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
