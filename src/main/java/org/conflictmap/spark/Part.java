package org.conflictmap.spark;

/**
 * One piece of work of the read job: a whole input file, or one line-aligned byte range of a large
 * JSONL file (see {@link FileScan}).
 *
 * @param unit      the file
 * @param part      0-based part number
 * @param parts     number of parts of the file (1: read whole with the file's reader)
 * @param start     first byte (a line start)
 * @param end       end byte, exclusive (a line start, or the file size)
 * @param firstLine 1-based number of the line at {@code start}
 * @param facts     the file's facts, carried by the last part's END outcome
 */
public record Part(InputUnit unit, int part, int parts, long start, long end, long firstLine,
                   Outcome.FileFacts facts) {

    /** True for the last part of its file. */
    public boolean last() {
        return part == parts - 1;
    }
}
