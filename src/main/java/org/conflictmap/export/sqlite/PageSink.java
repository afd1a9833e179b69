package org.conflictmap.export.sqlite;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Hands out page numbers in file order and writes each page as soon as it is complete: a page must be
 * written before the next number is handed out, so the file is produced front to back. The lock-byte page
 * (the page holding file offset 2^30) is never handed out: it is written as zeros.
 */
class PageSink {

    private final OutputStream out;
    private int last;
    private int pending;

    /** A sink whose first page is {@code first}; pages are written to {@code out}, which starts at that page. */
    PageSink(OutputStream out, int first) {
        this.out = out;
        this.last = first - 1;
    }

    /** The number of the next page; write it with {@link #write} before asking for another. */
    int allocate() {
        if (pending != 0) {
            throw new IllegalStateException("page " + pending + " allocated but not written");
        }
        pending = Pages.next(last);
        return pending;
    }

    /** Writes the page last allocated. */
    void write(int number, byte[] page) throws IOException {
        if (number != pending) {
            throw new IllegalStateException("page " + number + " written, page " + pending + " expected");
        }
        if (number == Pages.LOCK_BYTE_PAGE + 1) {
            out.write(new byte[Pages.SIZE]);
        }
        out.write(page, 0, Pages.SIZE);
        last = number;
        pending = 0;
    }

    /** The last page written. */
    int last() {
        return last;
    }
}
