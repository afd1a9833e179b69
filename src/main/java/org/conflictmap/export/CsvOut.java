package org.conflictmap.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Prints CSV records into a {@link Utf8Out}, the same bytes as a Commons CSV {@code CSVPrinter} with
 * {@code format} (a format with ',' as delimiter, '"' as quote, minimal quoting, no trimming): a cell that
 * surely needs no quotes (it starts above '#', ends above ' ' and holds no comma, quote, CR or LF) is
 * written as it is; every other cell goes through the format's own quoting. Not thread-safe.
 */
final class CsvOut {

    private final Utf8Out out;
    private final CSVFormat format;
    private final StringBuilder quoted = new StringBuilder(256);
    private boolean newRecord = true;

    CsvOut(Utf8Out out, CSVFormat format) {
        this.out = out;
        this.format = format;
    }

    /** Prints one cell of the current record. */
    CsvOut cell(String s) throws IOException {
        if (plain(s)) {
            if (!newRecord) {
                out.ascii(',');
            }
            out.text(s);
        } else {
            quoted.setLength(0);
            format.print(s, quoted, newRecord);
            out.text(quoted.toString());
        }
        newRecord = false;
        return this;
    }

    /** Ends the current record. */
    void endRecord() throws IOException {
        out.ascii('\n');
        newRecord = true;
    }

    /** Prints a whole record. */
    void record(List<String> cells) throws IOException {
        for (String c : cells) {
            cell(c);
        }
        endRecord();
    }

    /** Whether Commons CSV writes {@code s} without quotes whatever its place in the record. */
    static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
