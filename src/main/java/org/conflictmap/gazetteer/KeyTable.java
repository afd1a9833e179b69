package org.conflictmap.gazetteer;

import java.nio.ByteBuffer;

/** An open-addressing hash table of {@code (hash, entry offset + 1)} slots over the mapped key entries. */
final class KeyTable {

    private final ByteBuffer entries;
    private final ByteBuffer slots;
    private final int slotCount;

    KeyTable(ByteBuffer entries, ByteBuffer slots, int slotCount) {
        this.entries = entries;
        this.slots = slots;
        this.slotCount = slotCount;
    }

    long slotBytes() {
        return slots.capacity();
    }

    /** Number of occupied slots (entries). */
    int entryCount() {
        int n = 0;
        for (int s = 0; s < slotCount; s++) {
            if (slots.getInt(s * 8 + 4) != 0) {
                n++;
            }
        }
        return n;
    }

    /** Calls {@code sink} with the hash ({@link GazetteerFormat#hash}) of every entry. */
    void forEachHash(java.util.function.IntConsumer sink) {
        for (int s = 0; s < slotCount; s++) {
            if (slots.getInt(s * 8 + 4) != 0) {
                sink.accept(slots.getInt(s * 8));
            }
        }
    }

    /**
     * Finds the entry for {@code key}; with {@code prefix}, an entry whose key starts with {@code key}
     * followed by a space.
     *
     * @return the entry offset, or -1
     */
    int find(String key, boolean prefix) {
        if (slotCount == 0 || key == null || key.isEmpty()) {
            return -1;
        }
        int h = GazetteerFormat.hash(key);
        int s = GazetteerFormat.slot(h, slotCount);
        for (int probes = 0; probes < slotCount; probes++) {
            int ref = slots.getInt(s * 8 + 4);
            if (ref == 0) {
                return -1;
            }
            if (slots.getInt(s * 8) == h && matches(ref - 1, key, prefix)) {
                return ref - 1;
            }
            s = s + 1 == slotCount ? 0 : s + 1;
        }
        return -1;
    }

    /** False when no entry has the key hash {@code h} ({@link GazetteerFormat#hash}). */
    boolean mayHold(int h) {
        if (slotCount == 0) {
            return false;
        }
        int s = GazetteerFormat.slot(h, slotCount);
        for (int probes = 0; probes < slotCount; probes++) {
            int ref = slots.getInt(s * 8 + 4);
            if (ref == 0) {
                return false;
            }
            if (slots.getInt(s * 8) == h) {
                return true;
            }
            s = s + 1 == slotCount ? 0 : s + 1;
        }
        return false;
    }

    private boolean matches(int entry, String key, boolean prefix) {
        int[] pos = {entry};
        int len = Utf8.varint(entries, pos);
        int start = pos[0];
        int end = start + len;
        int m = Utf8.matchPrefix(entries, start, end, key);
        if (m < 0) {
            return false;
        }
        return prefix ? m < end && entries.get(m) == ' ' : m == end;
    }

    /** Flags of an entry. */
    int flags(int entry) {
        int[] pos = {entry};
        int len = Utf8.varint(entries, pos);
        return entries.get(pos[0] + len) & 0xFF;
    }

    /** Place ordinals of an entry, best prior first. */
    int[] postings(int entry) {
        int[] pos = {entry};
        int len = Utf8.varint(entries, pos);
        pos[0] += len + 1;
        int n = Utf8.varint(entries, pos);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = entries.getInt(pos[0] + 4 * i);
        }
        return out;
    }
}
