package org.conflictmap.export;

import java.io.IOException;
import java.io.OutputStream;
import org.conflictmap.io.Utf8Bytes;

/**
 * A buffered UTF-8 writer for the large text outputs (events.kml): text is encoded, and XML-escaped when
 * asked, straight into one reusable byte buffer, without intermediate strings or a charset encoder. The
 * bytes are those an {@code OutputStreamWriter} with UTF-8 writes for the same strings (an unpaired
 * surrogate becomes '?'). Not thread-safe; {@link #flush()} at the end (the stream is not closed).
 */
public final class Utf8Out {

    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    /** A writer over {@code out} with a buffer of {@code size} bytes (at least 16). */
    public Utf8Out(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(16, size)];
    }

    /** Writes {@code s} as UTF-8. */
    public Utf8Out text(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (pos == buf.length) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                i = encode(s, i);
            }
        }
        return this;
    }

    /** Writes a number in decimal. */
    public Utf8Out number(long v) throws IOException {
        return text(Long.toString(v));
    }

    /** Writes one ASCII character. */
    public Utf8Out ascii(char c) throws IOException {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = (byte) c;
        return this;
    }

    /**
     * Writes {@code s} escaped for XML content and attributes, as {@link EventsKml#xml(String)} escapes it:
     * the five markup characters as entities, characters XML 1.0 cannot carry dropped. Null writes nothing.
     */
    public Utf8Out xml(String s) throws IOException {
        if (s == null) {
            return this;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> text("&lt;");
                case '>' -> text("&gt;");
                case '&' -> text("&amp;");
                case '"' -> text("&quot;");
                case '\'' -> text("&apos;");
                default -> {
                    if (c >= 0x20 && c < 0x80 || c == '\t' || c == '\n' || c == '\r') {
                        if (pos == buf.length) {
                            drain();
                        }
                        buf[pos++] = (byte) c;
                    } else if (c >= 0x80 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE) {
                        encode(s, i);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i = encode(s, i);
                    }
                    // other control characters, U+FFFE/U+FFFF and unpaired surrogates are dropped
                }
            }
        }
        return this;
    }

    /** Encodes the non-ASCII char at {@code i} (with its low surrogate); returns the last index used. */
    private int encode(String s, int i) throws IOException {
        if (buf.length - pos < Utf8Bytes.MAX_BYTES) {
            drain();
        }
        int end = Utf8Bytes.putNonAscii(s, i, buf, pos);
        boolean pair = end - pos == Utf8Bytes.MAX_BYTES;
        pos = end;
        return pair ? i + 1 : i;
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Writes out what is buffered and flushes the stream. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}
