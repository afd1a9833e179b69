package org.conflictmap.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What the scan job learnt about one input file on an executor: size and SHA-256 (for the manifest and the
 * incremental cache keys), and for a large JSONL file the line starts where its parts begin.
 *
 * @param unit       the file's index
 * @param bytes      size in bytes
 * @param sha256     SHA-256 of the content, lower-case hex
 * @param partStarts byte offsets where parts 1..n-1 begin (line starts); empty: the file is read whole
 * @param partLines  1-based line numbers at those offsets
 * @param failure    the I/O error that stopped the scan, else null
 */
public record FileScan(int unit, long bytes, String sha256, List<Long> partStarts, List<Long> partLines,
                       String failure) {

    public FileScan {
        partStarts = List.copyOf(partStarts);
        partLines = List.copyOf(partLines);
    }

    /** The read job's parts of this file. */
    List<Part> parts(InputUnit u) {
        Outcome.FileFacts facts = new Outcome.FileFacts(u.name(), bytes, sha256);
        int n = partStarts.size() + 1;
        List<Part> out = new ArrayList<>(n);
        long start = 0;
        long line = 1;
        for (int i = 0; i < n; i++) {
            long end = i + 1 < n ? partStarts.get(i) : bytes;
            out.add(new Part(u, i, n, start, end, line, facts));
            if (i + 1 < n) {
                start = partStarts.get(i);
                line = partLines.get(i);
            }
        }
        return out;
    }
}
