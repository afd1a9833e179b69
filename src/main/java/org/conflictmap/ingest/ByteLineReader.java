package org.conflictmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ('\n', with a trailing '\r' dropped) without decoding them, so each
 * line can be decoded and judged on its own. Lines longer than a limit are skipped and flagged; memory
 * stays bounded by the limit. A leading UTF-8 byte-order mark is dropped.
 */
final class ByteLineReader implements AutoCloseable {

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int len;
    private boolean tooLong;
    private long lineNo;
    private boolean first = true;

    ByteLineReader(InputStream in, long maxLine) {
        this(in, maxLine, 1, true);
    }

    /**
     * A reader of a stream that starts at the beginning of line {@code firstLine} of a file; a UTF-8
     * byte-order mark is dropped only when {@code fileStart} (the stream starts at the file's first byte).
     */
    ByteLineReader(InputStream in, long maxLine, long firstLine, boolean fileStart) {
        this.in = in;
        this.maxLine = (int) Math.min(Integer.MAX_VALUE - 16, maxLine);
        this.lineNo = firstLine - 1;
        this.first = fileStart;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        len = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                if (eof || !refill()) {
                    if (any) {
                        lineNo++;
                        trimCr();
                        return true;
                    }
                    return false;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < lim; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? lim : nl;
            append(pos, end - pos);
            pos = nl < 0 ? lim : nl + 1;
            if (nl >= 0) {
                lineNo++;
                trimCr();
                return true;
            }
        }
    }

    private boolean refill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        if (first) {
            first = false;
            if (n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                pos = 3;
            }
        }
        return true;
    }

    private void append(int from, int n) {
        if (tooLong) {
            return;
        }
        if ((long) len + n > maxLine) {
            tooLong = true;
            len = 0;
            return;
        }
        if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(len + n, Math.min(maxLine, line.length * 2)));
        }
        System.arraycopy(buf, from, line, len, n);
        len += n;
    }

    private void trimCr() {
        if (!tooLong && len > 0 && line[len - 1] == '\r') {
            len--;
        }
    }

    /** The current line's bytes (valid up to {@link #length()}). */
    byte[] bytes() {
        return line;
    }

    /** Length of the current line in bytes (0 when it was too long). */
    int length() {
        return len;
    }

    /** True when the current line exceeded the limit and was skipped. */
    boolean tooLong() {
        return tooLong;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNo;
    }

    /** True when the current line holds only blanks. */
    boolean isBlank() {
        for (int i = 0; i < len; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return !tooLong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
