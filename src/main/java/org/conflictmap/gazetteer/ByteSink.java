package org.conflictmap.gazetteer;

import java.util.Arrays;

/** A growable little-endian byte buffer used to assemble file sections. */
final class ByteSink {

    private byte[] buf = new byte[1024];
    private int size;

    int size() {
        return size;
    }

    byte[] bytes() {
        return buf;
    }

    private void ensure(int more) {
        if ((long) size + more > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("gazetteer section larger than 2 GB");
        }
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(size + more, buf.length * 2L)));
        }
    }

    void u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
    }

    void u16(int v) {
        ensure(2);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >>> 8);
    }

    void i32(int v) {
        ensure(4);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 24);
    }

    void i64(long v) {
        i32((int) v);
        i32((int) (v >>> 32));
    }

    void putI32(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
        buf[at + 2] = (byte) (v >>> 16);
        buf[at + 3] = (byte) (v >>> 24);
    }

    void varint(int v) {
        int x = v;
        while ((x & ~0x7F) != 0) {
            u8((x & 0x7F) | 0x80);
            x >>>= 7;
        }
        u8(x);
    }

    void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    void align(int n) {
        while (size % n != 0) {
            u8(0);
        }
    }
}
