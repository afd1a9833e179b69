package org.conflictmap.export.sqlite;

import java.util.Arrays;
import java.util.List;

/**
 * Builds one SQLite record (the payload of a table row or an index entry): a header of serial types, then
 * the values, in column order. Integers take the smallest of the 0/1 constants (schema format 4) and the
 * 1, 2, 3, 4, 6 and 8-byte big-endian forms; reals are 8-byte IEEE big-endian; text is UTF-8 (an unpaired
 * surrogate becomes '?', as {@link String#getBytes} does). One encoder is reused for many records.
 */
public final class RecordEncoder {

    private byte[] types = new byte[64];
    private int typesLen;
    private byte[] body = new byte[1024];
    private int bodyLen;
    private byte[] out = new byte[1024];
    private int outLen;

    /** Starts a new record. */
    public RecordEncoder clear() {
        typesLen = 0;
        bodyLen = 0;
        outLen = 0;
        return this;
    }

    /** Appends SQL NULL (also the value of an INTEGER PRIMARY KEY column, which lives in the rowid). */
    public RecordEncoder addNull() {
        type(0);
        return this;
    }

    /** Appends an integer. */
    public RecordEncoder addInteger(long v) {
        if (v == 0 || v == 1) {
            type(8 + (int) v);
            return this;
        }
        int bytes;
        int serial;
        if (v >= -128 && v <= 127) {
            bytes = 1;
            serial = 1;
        } else if (v >= -32768 && v <= 32767) {
            bytes = 2;
            serial = 2;
        } else if (v >= -8388608 && v <= 8388607) {
            bytes = 3;
            serial = 3;
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            bytes = 4;
            serial = 4;
        } else if (v >= -(1L << 47) && v < (1L << 47)) {
            bytes = 6;
            serial = 5;
        } else {
            bytes = 8;
            serial = 6;
        }
        type(serial);
        bigEndian(v, bytes);
        return this;
    }

    /** Appends a 64-bit float. */
    public RecordEncoder addReal(double v) {
        type(7);
        bigEndian(Double.doubleToLongBits(v), 8);
        return this;
    }

    /** Appends text (UTF-8); null appends NULL. */
    public RecordEncoder addText(String s) {
        if (s == null) {
            return addNull();
        }
        int start = bodyLen;
        utf8(s);
        type(13 + 2L * (bodyLen - start));
        return this;
    }

    /** Appends the parts joined with an ASCII {@code separator} as one text value (as String.join gives). */
    public RecordEncoder addJoined(List<String> parts, char separator) {
        if (separator >= 0x80) {
            throw new IllegalArgumentException("separator must be ASCII");
        }
        int start = bodyLen;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                ensureBody(1);
                body[bodyLen++] = (byte) separator;
            }
            utf8(parts.get(i));
        }
        type(13 + 2L * (bodyLen - start));
        return this;
    }

    private void utf8(String s) {
        int n = s.length();
        ensureBody(3 * n);
        int p = bodyLen;
        byte[] b = body;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        bodyLen = p;
    }

    /** Appends a blob of {@code len} bytes of {@code b} from {@code off}. */
    public RecordEncoder addBlob(byte[] b, int off, int len) {
        ensureBody(len);
        System.arraycopy(b, off, body, bodyLen, len);
        bodyLen += len;
        type(12 + 2L * len);
        return this;
    }

    /** Ends the record; returns its size in bytes. The bytes are {@link #bytes()}[0, size). */
    public int finish() {
        int headerLen = typesLen + 1;
        while (Varint.length(headerLen) + typesLen > headerLen) {
            headerLen++;
        }
        int total = headerLen + bodyLen;
        if (out.length < total) {
            out = new byte[Math.max(total, out.length * 2)];
        }
        int p = Varint.write(out, 0, headerLen);
        System.arraycopy(types, 0, out, p, typesLen);
        System.arraycopy(body, 0, out, headerLen, bodyLen);
        outLen = total;
        return total;
    }

    /** The last finished record (valid up to the size {@link #finish()} returned). */
    public byte[] bytes() {
        return out;
    }

    /** Size of the last finished record. */
    public int size() {
        return outLen;
    }

    private void type(long serial) {
        if (types.length < typesLen + 9) {
            types = Arrays.copyOf(types, types.length * 2);
        }
        typesLen = Varint.write(types, typesLen, serial);
    }

    private void bigEndian(long v, int bytes) {
        ensureBody(bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            body[bodyLen + i] = (byte) v;
            v >>= 8;
        }
        bodyLen += bytes;
    }

    private void ensureBody(int more) {
        if (body.length < bodyLen + more) {
            body = Arrays.copyOf(body, Math.max(bodyLen + more, body.length * 2));
        }
    }
}
