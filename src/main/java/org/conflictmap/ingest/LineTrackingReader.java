package org.conflictmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A streaming decoder that does not stop at bad bytes: it replaces them with U+FFFD and remembers
 * the 1-based lines they were on, so a CSV reader can reject exactly the records that contain them.
 * A leading UTF-8 byte-order mark is skipped.
 */
final class LineTrackingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder dec;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final NavigableSet<Long> badLines = new TreeSet<>();
    private boolean eof;
    private boolean started;
    private long line = 1;
    private int counted;

    LineTrackingReader(InputStream in, Charset cs) {
        this.in = in;
        this.dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** True when some bad byte lay on a line in [from, to]; forgets every line up to {@code to}. */
    boolean badBetween(long from, long to) {
        boolean bad = !badLines.subSet(from, true, to, true).isEmpty();
        badLines.headSet(to, true).clear();
        return bad;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    private boolean readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!started && bytes.remaining() >= 3) {
            started = true;
            if ((bytes.get(0) & 0xff) == 0xEF && (bytes.get(1) & 0xff) == 0xBB && (bytes.get(2) & 0xff) == 0xBF) {
                bytes.position(3);
            }
        } else if (eof) {
            started = true;
        }
        return n >= 0;
    }

    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        chars.clear();
        counted = 0;
        while (true) {
            CoderResult r = dec.decode(bytes, chars, eof);
            if (r.isError()) {
                if (!chars.hasRemaining()) {
                    break;
                }
                badLines.add(lineAt(chars.position()));
                bytes.position(bytes.position() + r.length());
                chars.put('\uFFFD');
            } else if (r.isOverflow()) {
                break;
            } else if (eof) {
                dec.flush(chars);
                break;
            } else if (chars.position() > 0 && bytes.remaining() == 0 && chars.remaining() < 8) {
                break;
            } else {
                readBytes();
            }
        }
        lineAt(chars.position());
        chars.flip();
        return chars.hasRemaining();
    }

    /** Line number of the char at {@code pos} of the current fill, counting newlines incrementally. */
    private long lineAt(int pos) {
        char[] a = chars.array();
        for (int i = counted; i < pos; i++) {
            if (a[i] == '\n') {
                line++;
            }
        }
        counted = Math.max(counted, pos);
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
