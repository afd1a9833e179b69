package org.conflictmap.export.sqlite;

import java.io.IOException;
import java.io.OutputStream;

/** Writes pages in page-number order, each exactly once; the lock-byte page is written as zeros. */
final class PageSink {

    private final OutputStream out;
    private int last;

    PageSink(OutputStream out) {
        this.out = out;
    }

    /** Writes page {@code number}, which must be the next page (after the lock-byte page, if due). */
    void write(int number, byte[] page) throws IOException {
        if (number != Pages.next(last)) {
            throw new IllegalStateException("page " + number + " written after page " + last);
        }
        if (number == Pages.LOCK_BYTE_PAGE + 1) {
            out.write(new byte[Pages.SIZE]);
        }
        out.write(page, 0, Pages.SIZE);
        last = number;
    }

    /** The last page written. */
    int last() {
        return last;
    }
}
