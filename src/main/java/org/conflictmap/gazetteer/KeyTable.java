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
     * followed by a space. The entry's key is compared with the UTF-8 bytes in the mapping without decoding
     * them. The comparison is written out here rather than in a helper on purpose: the method is then more
     * than 325 bytes of bytecode (HotSpot's FreqInlineSize), so C2 compiles it once on its own instead of
     * inlining it through every gazetteer lookup ({@code containsKey}, {@code hasLongerKey}, {@code candidates},
     * {@code isDemonymKey}) into every caller: the matcher, each filter rule, the resolver. The call costs a few
     * ns against a random read of the mapping, and the traps its loop takes on rare keys (multi-byte chars)
     * recompile only it.
     *
     * @return the entry offset, or -1
     */
    int find(String key, boolean prefix) {
        if (slotCount == 0 || key == null || key.isEmpty()) {
            return -1;
        }
        int h = GazetteerFormat.hash(key);
        int s = GazetteerFormat.slot(h, slotCount);
        int n = key.length();
        for (int probes = 0; probes < slotCount; probes++, s = s + 1 == slotCount ? 0 : s + 1) {
            int ref = slots.getInt(s * 8 + 4);
            if (ref == 0) {
                return -1;
            }
            if (slots.getInt(s * 8) != h) {
                continue;
            }
            // the entry's key, char by char against its UTF-8 bytes
            int[] pos = {ref - 1};
            int len = Utf8.varint(entries, pos);
            int p = pos[0];
            int end = p + len;
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                if (p >= end) {
                    same = false;
                    break;
                }
                char c = key.charAt(i);
                int x = entries.get(p) & 0xFF;
                if (c < 0x80) {
                    same = x == c;
                    p++;
                    continue;
                }
                int cp;
                int size;
                if (x < 0xE0) {
                    cp = ((x & 0x1F) << 6) | (entries.get(p + 1) & 0x3F);
                    size = 2;
                } else if (x < 0xF0) {
                    cp = ((x & 0x0F) << 12) | ((entries.get(p + 1) & 0x3F) << 6) | (entries.get(p + 2) & 0x3F);
                    size = 3;
                } else {
                    cp = ((x & 0x07) << 18) | ((entries.get(p + 1) & 0x3F) << 12)
                            | ((entries.get(p + 2) & 0x3F) << 6) | (entries.get(p + 3) & 0x3F);
                    size = 4;
                }
                int want = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(key.charAt(i + 1))) {
                    want = Character.toCodePoint(c, key.charAt(++i));
                }
                same = cp == want && p + size <= end;
                p += size;
            }
            if (same && (prefix ? p < end && entries.get(p) == ' ' : p == end)) {
                return ref - 1;
            }
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
