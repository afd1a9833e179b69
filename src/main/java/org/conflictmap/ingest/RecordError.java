package org.conflictmap.ingest;

/** An input record that could not be processed, and why. Errors about input are values, not exceptions. */
public record RecordError(SourceLocation location, String reason) {

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
