package org.conflictmap.gazetteer;

import static org.conflictmap.gazetteer.GazetteerFormat.COORD_SCALE;
import static org.conflictmap.gazetteer.GazetteerFormat.NONE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.conflictmap.io.AtomicFiles;

/** Serialises a {@link CompiledGazetteer} into the {@link GazetteerFormat} layout; output is deterministic. */
public final class GazetteerWriter {

    private GazetteerWriter() {
    }

    /** Writes the gazetteer atomically to {@code file}; returns the number of bytes written. */
    public static long write(CompiledGazetteer g, Path file) throws IOException {
        Map<GazetteerFormat.Section, ByteSink> sections = sections(g);
        ByteSink header = new ByteSink();
        long offset = GazetteerFormat.HEADER_SIZE;
        long[] offsets = new long[sections.size()];
        int i = 0;
        for (ByteSink s : sections.values()) {
            offsets[i++] = offset;
            offset += s.size();
        }
        CRC32 crc = new CRC32();
        for (ByteSink s : sections.values()) {
            crc.update(s.bytes(), 0, s.size());
        }
        int keySlots = GazetteerFormat.slotsFor(g.keys().size());
        int prefixCount = countPrefixes(g.keys());
        header.bytes(GazetteerFormat.MAGIC);
        header.i32(GazetteerFormat.VERSION);
        header.i32(sections.size());
        header.i64(offset);
        header.i32((int) crc.getValue());
        header.i32(g.places().size());
        header.i32(g.keys().size());
        header.i32(prefixCount);
        header.i32(maxKeyTokens(g.keys()));
        header.i32(keySlots);
        header.i32(GazetteerFormat.slotsFor(prefixCount));
        while (header.size() < GazetteerFormat.SECTION_TABLE) {
            header.u8(0);
        }
        i = 0;
        for (ByteSink s : sections.values()) {
            header.i64(offsets[i++]);
            header.i64(s.size());
        }
        if (header.size() > GazetteerFormat.HEADER_SIZE) {
            throw new IllegalStateException("header overflow");
        }
        while (header.size() < GazetteerFormat.HEADER_SIZE) {
            header.u8(0);
        }
        final long total = offset;
        AtomicFiles.write(file, out -> {
            out.write(header.bytes(), 0, header.size());
            for (ByteSink s : sections.values()) {
                out.write(s.bytes(), 0, s.size());
            }
        });
        return total;
    }

    private static Map<GazetteerFormat.Section, ByteSink> sections(CompiledGazetteer g) {
        Map<GazetteerFormat.Section, ByteSink> m = new EnumMap<>(GazetteerFormat.Section.class);
        for (GazetteerFormat.Section s : GazetteerFormat.Section.values()) {
            m.put(s, new ByteSink());
        }
        ByteSink meta = m.get(GazetteerFormat.Section.META);
        meta.bytes(GazetteerFormat.utf8(g.meta()));
        writePlaces(g.places(), m);
        writeKeys(g.keys(), m);
        writeGrid(g.places(), m);
        writeCountries(g, m);
        for (ByteSink s : m.values()) {
            s.align(8);
        }
        return m;
    }

    private static void writePlaces(List<CompiledPlace> places, Map<GazetteerFormat.Section, ByteSink> m) {
        ByteSink features = m.get(GazetteerFormat.Section.FEATURES);
        ByteSink strings = m.get(GazetteerFormat.Section.STRINGS);
        ByteSink recs = m.get(GazetteerFormat.Section.PLACES);
        ByteSink boxes = m.get(GazetteerFormat.Section.BBOXES);
        Map<String, Integer> featureIdx = new HashMap<>();
        Map<String, Integer> shared = new HashMap<>();
        long previousId = Long.MIN_VALUE;
        int nBoxes = 0;
        for (CompiledPlace cp : places) {
            Place p = cp.place();
            if (p.id() <= previousId) {
                throw new IllegalArgumentException("places must be sorted by unique id: " + p.id());
            }
            if (p.id() < Integer.MIN_VALUE || p.id() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("place id does not fit 32 bits: " + p.id());
            }
            previousId = p.id();
            Integer f = featureIdx.get(p.feature());
            if (f == null) {
                f = featureIdx.size();
                if (f > 0xFFFF) {
                    throw new IllegalArgumentException("too many feature codes");
                }
                featureIdx.put(p.feature(), f);
                writeString(features, p.feature());
            }
            recs.i32((int) p.id());
            recs.i32((int) Math.round(p.lat() * COORD_SCALE));
            recs.i32((int) Math.round(p.lon() * COORD_SCALE));
            recs.i64(p.population());
            recs.i32(appendString(strings, p.name(), null));
            recs.i32(appendString(strings, p.country(), shared));
            recs.i32(appendString(strings, p.admin1(), shared));
            recs.u16(f);
            recs.u16(cp.curated() ? GazetteerFormat.PLACE_CURATED : 0);
            if (p.bbox() == null) {
                recs.i32(NONE);
            } else {
                recs.i32(nBoxes++);
                boxes.i32((int) Math.round(p.bbox().west() * COORD_SCALE));
                boxes.i32((int) Math.round(p.bbox().south() * COORD_SCALE));
                boxes.i32((int) Math.round(p.bbox().east() * COORD_SCALE));
                boxes.i32((int) Math.round(p.bbox().north() * COORD_SCALE));
            }
        }
    }

    private static void writeString(ByteSink sink, String s) {
        byte[] b = GazetteerFormat.utf8(s);
        sink.varint(b.length);
        sink.bytes(b);
    }

    private static int appendString(ByteSink strings, String s, Map<String, Integer> shared) {
        if (shared != null) {
            Integer at = shared.get(s);
            if (at != null) {
                return at;
            }
        }
        int at = strings.size();
        writeString(strings, s);
        if (shared != null) {
            shared.put(s, at);
        }
        return at;
    }

    private static void writeKeys(List<CompiledKey> keys, Map<GazetteerFormat.Section, ByteSink> m) {
        ByteSink entries = m.get(GazetteerFormat.Section.KEYS);
        int slots = GazetteerFormat.slotsFor(keys.size());
        int[] slotHash = new int[slots];
        int[] slotRef = new int[slots];
        TreeMap<String, Integer> prefixes = new TreeMap<>();
        String previous = null;
        for (CompiledKey k : keys) {
            if (previous != null && previous.compareTo(k.key()) >= 0) {
                throw new IllegalArgumentException("keys must be sorted and unique: " + k.key());
            }
            previous = k.key();
            int at = entries.size();
            writeString(entries, k.key());
            entries.u8(k.flags());
            entries.varint(k.ordinals().length);
            for (int o : k.ordinals()) {
                entries.i32(o);
            }
            insert(slotHash, slotRef, GazetteerFormat.hash(k.key()), at);
            for (int sp = k.key().indexOf(' '); sp > 0; sp = k.key().indexOf(' ', sp + 1)) {
                prefixes.putIfAbsent(k.key().substring(0, sp), at);
            }
        }
        writeSlots(m.get(GazetteerFormat.Section.KEY_SLOTS), slotHash, slotRef);
        int pslots = GazetteerFormat.slotsFor(prefixes.size());
        int[] pHash = new int[pslots];
        int[] pRef = new int[pslots];
        for (Map.Entry<String, Integer> e : prefixes.entrySet()) {
            insert(pHash, pRef, GazetteerFormat.hash(e.getKey()), e.getValue());
        }
        writeSlots(m.get(GazetteerFormat.Section.PREFIX_SLOTS), pHash, pRef);
    }

    private static void insert(int[] slotHash, int[] slotRef, int hash, int entryOffset) {
        int s = GazetteerFormat.slot(hash, slotHash.length);
        while (slotRef[s] != 0) {
            s = s + 1 == slotHash.length ? 0 : s + 1;
        }
        slotHash[s] = hash;
        slotRef[s] = entryOffset + 1;
    }

    private static void writeSlots(ByteSink sink, int[] hashes, int[] refs) {
        for (int i = 0; i < hashes.length; i++) {
            sink.i32(hashes[i]);
            sink.i32(refs[i]);
        }
    }

    static int countPrefixes(List<CompiledKey> keys) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (CompiledKey k : keys) {
            for (int sp = k.key().indexOf(' '); sp > 0; sp = k.key().indexOf(' ', sp + 1)) {
                prefixes.add(k.key().substring(0, sp));
            }
        }
        return prefixes.size();
    }

    private static int maxKeyTokens(List<CompiledKey> keys) {
        int max = 1;
        for (CompiledKey k : keys) {
            int t = 1;
            for (int i = 0; i < k.key().length(); i++) {
                if (k.key().charAt(i) == ' ') {
                    t++;
                }
            }
            max = Math.max(max, t);
        }
        return max;
    }

    private static void writeGrid(List<CompiledPlace> places, Map<GazetteerFormat.Section, ByteSink> m) {
        int cells = GazetteerFormat.GRID_ROWS * GazetteerFormat.GRID_COLS;
        int[] counts = new int[cells + 1];
        for (CompiledPlace cp : places) {
            if (cp.place().isPopulatedPlace()) {
                counts[GazetteerFormat.cell(cp.place().lat(), cp.place().lon()) + 1]++;
            }
        }
        for (int i = 0; i < cells; i++) {
            counts[i + 1] += counts[i];
        }
        int[] items = new int[counts[cells]];
        int[] fill = counts.clone();
        for (int ord = 0; ord < places.size(); ord++) {
            Place p = places.get(ord).place();
            if (p.isPopulatedPlace()) {
                items[fill[GazetteerFormat.cell(p.lat(), p.lon())]++] = ord;
            }
        }
        ByteSink c = m.get(GazetteerFormat.Section.GRID_CELLS);
        for (int v : counts) {
            c.i32(v);
        }
        ByteSink it = m.get(GazetteerFormat.Section.GRID_ITEMS);
        for (int v : items) {
            it.i32(v);
        }
    }

    private static void writeCountries(CompiledGazetteer g, Map<GazetteerFormat.Section, ByteSink> m) {
        TreeMap<String, Integer> countryOrd = new TreeMap<>();
        ByteSink admin1 = m.get(GazetteerFormat.Section.ADMIN1);
        for (int ord = 0; ord < g.places().size(); ord++) {
            Place p = g.places().get(ord).place();
            if (p.isCountry() && p.country().length() == 2) {
                countryOrd.putIfAbsent(p.country(), ord);
            } else if (p.isAdmin1()) {
                admin1.i32(ord);
            }
        }
        Map<String, List<CountryCodes>> codes = new HashMap<>();
        for (CountryCodes cc : g.codes()) {
            codes.computeIfAbsent(cc.iso2(), k -> new java.util.ArrayList<>()).add(cc);
        }
        ByteSink c = m.get(GazetteerFormat.Section.COUNTRIES);
        for (Map.Entry<String, Integer> e : countryOrd.entrySet()) {
            // one record per FIPS code (a country may have several, e.g. PS: WE and GZ)
            for (CountryCodes cc : codes.getOrDefault(e.getKey(), List.of(new CountryCodes(e.getKey(), "", "")))) {
                fixed(c, e.getKey(), 2);
                fixed(c, cc.iso3(), 3);
                fixed(c, cc.fips(), 2);
                c.u8(0);
                c.i32(e.getValue());
            }
        }
    }

    private static void fixed(ByteSink sink, String s, int n) {
        for (int i = 0; i < n; i++) {
            sink.u8(i < s.length() ? s.charAt(i) & 0x7F : 0);
        }
    }
}
