package org.conflictmap.gazetteer;

import static org.conflictmap.gazetteer.GazetteerFormat.COORD_SCALE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The compiled gazetteer ({@link GazetteerFormat}), memory-mapped read-only: the file is verified
 * (magic, version, length, CRC32) on open and then read in place, so the heap holds only a few small
 * maps (countries, admin-1). Key lookups hash the query and compare key bytes in the mapping.
 * Thread-safe (all reads are absolute).
 */
public final class MappedGazetteer implements Gazetteer {

    private final Path file;
    private final int crc;
    private final String meta;
    private final int placeCount;
    private final int keyCount;
    private final int maxKeyTokens;
    private final ByteBuffer places;
    private final ByteBuffer strings;
    private final ByteBuffer boxes;
    private final KeyTable keys;
    private final KeyTable prefixes;
    private final ByteBuffer gridCells;
    private final PlaceGrid grid;
    private final String[] features;
    private final Map<String, Integer> byIso2 = new HashMap<>();
    private final Map<String, Integer> byIso3 = new HashMap<>();
    private final Map<String, Integer> byFips = new HashMap<>();
    private final Map<String, Integer> admin1 = new HashMap<>();
    private final ByteBuffer keyEntries;
    private volatile Set<String> demonyms;
    private volatile KeyPairFilter filter;

    private MappedGazetteer(Path file, ByteBuffer all) {
        this.file = file;
        long size = all.capacity();
        if (size < GazetteerFormat.HEADER_SIZE) {
            throw bad("file is truncated (" + size + " bytes, header needs " + GazetteerFormat.HEADER_SIZE + ")");
        }
        for (int i = 0; i < GazetteerFormat.MAGIC.length; i++) {
            if (all.get(i) != GazetteerFormat.MAGIC[i]) {
                throw bad("not a conflictmap gazetteer (bad magic number)");
            }
        }
        int version = all.getInt(8);
        if (version != GazetteerFormat.VERSION) {
            throw bad("format version " + version + " but this conflictmap reads version "
                    + GazetteerFormat.VERSION + "; rebuild it with 'conflictmap gazetteer build'");
        }
        int sections = all.getInt(12);
        long length = all.getLong(16);
        if (length != size) {
            throw bad("file is truncated or padded: header says " + length + " bytes, file has " + size);
        }
        if (sections != GazetteerFormat.Section.values().length) {
            throw bad("unexpected section count " + sections);
        }
        CRC32 c = new CRC32();
        c.update(all.duplicate().position(GazetteerFormat.HEADER_SIZE).limit((int) size));
        this.crc = all.getInt(24);
        if ((int) c.getValue() != crc) {
            throw bad(String.format(Locale.ROOT, "checksum mismatch (stored %08x, computed %08x): the file is corrupt",
                    crc, (int) c.getValue()));
        }
        this.placeCount = all.getInt(28);
        this.keyCount = all.getInt(32);
        this.maxKeyTokens = all.getInt(40);
        int keySlots = all.getInt(44);
        int prefixSlots = all.getInt(48);
        ByteBuffer[] sec = new ByteBuffer[sections];
        for (int i = 0; i < sections; i++) {
            long off = all.getLong(GazetteerFormat.SECTION_TABLE + 16 * i);
            long len = all.getLong(GazetteerFormat.SECTION_TABLE + 16 * i + 8);
            if (off < GazetteerFormat.HEADER_SIZE || len < 0 || off + len > size) {
                throw bad("section " + GazetteerFormat.Section.values()[i] + " lies outside the file");
            }
            sec[i] = all.duplicate().position((int) off).limit((int) (off + len)).slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        this.meta = StandardCharsets.UTF_8.decode(sec[GazetteerFormat.Section.META.ordinal()]).toString().trim();
        this.strings = sec[GazetteerFormat.Section.STRINGS.ordinal()];
        this.places = sec[GazetteerFormat.Section.PLACES.ordinal()];
        this.boxes = sec[GazetteerFormat.Section.BBOXES.ordinal()];
        this.keyEntries = sec[GazetteerFormat.Section.KEYS.ordinal()];
        this.keys = new KeyTable(keyEntries, sec[GazetteerFormat.Section.KEY_SLOTS.ordinal()], keySlots);
        this.prefixes = new KeyTable(keyEntries, sec[GazetteerFormat.Section.PREFIX_SLOTS.ordinal()], prefixSlots);
        this.gridCells = sec[GazetteerFormat.Section.GRID_CELLS.ordinal()];
        this.grid = new PlaceGrid(gridCells, sec[GazetteerFormat.Section.GRID_ITEMS.ordinal()], places);
        if ((long) placeCount * GazetteerFormat.PLACE_RECORD > places.capacity()
                || (long) keySlots * 8 > keys.slotBytes() || (long) prefixSlots * 8 > prefixes.slotBytes()
                || gridCells.capacity() < 4L * (GazetteerFormat.GRID_ROWS * GazetteerFormat.GRID_COLS + 1)) {
            throw bad("section sizes do not match the header counts");
        }
        this.features = readFeatures(sec[GazetteerFormat.Section.FEATURES.ordinal()]);
        readCountries(sec[GazetteerFormat.Section.COUNTRIES.ordinal()]);
        ByteBuffer a1 = sec[GazetteerFormat.Section.ADMIN1.ordinal()];
        int previous = -1;
        for (int i = 0; i + 4 <= a1.capacity(); i += 4) {
            int ord = a1.getInt(i);
            if (ord <= previous) {
                break; // alignment padding
            }
            previous = ord;
            Place p = place(ord);
            if (p.isAdmin1()) {
                admin1.putIfAbsent(p.country() + "." + p.admin1(), ord);
            }
        }
    }

    /**
     * Maps and verifies a compiled gazetteer.
     *
     * @throws GazetteerFormatException when the file is not a valid gazetteer of this format version
     * @throws IOException when it cannot be read
     */
    public static MappedGazetteer open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new GazetteerFormatException(file + ": larger than 2 GB, not supported by this reader");
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            map.order(ByteOrder.LITTLE_ENDIAN);
            return new MappedGazetteer(file, map);
        }
    }

    private GazetteerFormatException bad(String why) {
        return new GazetteerFormatException("gazetteer " + file + " refused: " + why);
    }

    private String[] readFeatures(ByteBuffer b) {
        List<String> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < b.capacity()) {
            int len = Utf8.varint(b, pos);
            if (len == 0) {
                break;
            }
            out.add(Utf8.decode(b, pos[0], len));
            pos[0] += len;
        }
        return out.toArray(new String[0]);
    }

    private void readCountries(ByteBuffer b) {
        for (int i = 0; i + 12 <= b.capacity(); i += 12) {
            String iso2 = ascii(b, i, 2);
            if (iso2.isEmpty()) {
                break;
            }
            int ord = b.getInt(i + 8);
            byIso2.put(iso2, ord);
            String iso3 = ascii(b, i + 2, 3);
            if (!iso3.isEmpty()) {
                byIso3.put(iso3, ord);
            }
            String fips = ascii(b, i + 5, 2);
            if (!fips.isEmpty()) {
                byFips.putIfAbsent(fips, ord);
            }
        }
    }

    private static String ascii(ByteBuffer b, int at, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            byte x = b.get(at + i);
            if (x != 0) {
                sb.append((char) x);
            }
        }
        return sb.toString();
    }

    /** The place at an ordinal (index in id order). */
    Place place(int ord) {
        return places(new int[] {ord}).get(0);
    }

    /**
     * The places at the given ordinals, in order. All record decoding is in this one loop, on purpose: the
     * method is then more than 325 bytes of bytecode (HotSpot's FreqInlineSize), so C2 compiles it once on its
     * own instead of copying its ~8 KB of inlined buffer reads into every caller of {@link #candidates}
     * (a filter rule, a candidate cache), where it made each of those compile units several times larger.
     */
    private List<Place> places(int[] ords) {
        List<Place> out = new ArrayList<>(ords.length);
        for (int ord : ords) {
            if (ord < 0 || ord >= placeCount) {
                throw new GazetteerFormatException("gazetteer " + file + ": place ordinal out of range: " + ord);
            }
            int at = ord * GazetteerFormat.PLACE_RECORD;
            long id = places.getInt(at);
            double lat = places.getInt(at + 4) / COORD_SCALE;
            double lon = places.getInt(at + 8) / COORD_SCALE;
            long population = places.getLong(at + 12);
            String name = string(places.getInt(at + 20));
            String country = string(places.getInt(at + 24));
            String a1 = string(places.getInt(at + 28));
            String feature = features[places.getShort(at + 32) & 0xFFFF];
            int dot = feature.indexOf('.');
            int box = places.getInt(at + 36);
            BBox bbox = null;
            if (box >= 0) {
                int b = box * 16;
                bbox = new BBox(boxes.getInt(b) / COORD_SCALE, boxes.getInt(b + 4) / COORD_SCALE,
                        boxes.getInt(b + 8) / COORD_SCALE, boxes.getInt(b + 12) / COORD_SCALE);
            }
            out.add(new Place(id, name, feature.substring(0, dot), feature.substring(dot + 1), country, a1,
                    lat, lon, population, bbox));
        }
        return out;
    }

    private String string(int off) {
        int[] pos = {off};
        int len = Utf8.varint(strings, pos);
        return Utf8.decode(strings, pos[0], len);
    }

    /** True when the place at an ordinal comes from curated project data. */
    boolean isCurated(int ord) {
        return (places.getShort(ord * GazetteerFormat.PLACE_RECORD + 34) & GazetteerFormat.PLACE_CURATED) != 0;
    }

    @Override
    public List<Place> candidates(String normalizedKey) {
        int entry = keys.find(normalizedKey, false);
        if (entry < 0) {
            return List.of();
        }
        return Collections.unmodifiableList(places(keys.postings(entry)));
    }

    @Override
    public boolean containsKey(String normalizedKey) {
        return keys.find(normalizedKey, false) >= 0;
    }

    @Override
    public boolean hasLongerKey(String normalizedKeyPrefix) {
        return prefixes.find(normalizedKeyPrefix, true) >= 0;
    }

    @Override
    public boolean mayHaveKeyOrLonger(int keyHashCode) {
        int h = GazetteerFormat.mix(keyHashCode);
        return keys.mayHold(h) || prefixes.mayHold(h);
    }

    @Override
    public boolean mayHaveKey(int keyHashCode) {
        return (filter().mayHold(GazetteerFormat.mix(keyHashCode)) & KeyPairFilter.KEY) != 0;
    }

    @Override
    public boolean mayHaveLongerKey(int keyHashCode) {
        return (filter().mayHold(GazetteerFormat.mix(keyHashCode)) & KeyPairFilter.PREFIX) != 0;
    }

    @Override
    public int mayHave(int keyHashCode) {
        return filter().mayHold(GazetteerFormat.mix(keyHashCode));
    }

    /** The in-heap filter of key and prefix hashes, built on first use. */
    private KeyPairFilter filter() {
        KeyPairFilter f = filter;
        if (f == null) {
            f = KeyPairFilter.of(keys, prefixes);
            filter = f;
        }
        return f;
    }

    @Override
    public boolean isDemonymKey(String normalizedKey) {
        int entry = keys.find(normalizedKey, false);
        return entry >= 0 && (keys.flags(entry) & GazetteerFormat.KEY_DEMONYM) != 0;
    }

    /** Read on first use by one pass over the key entries (they lie end to end), then kept. */
    @Override
    public Optional<Set<String>> demonymKeys() {
        Set<String> d = demonyms;
        if (d == null) {
            java.util.HashSet<String> out = new java.util.HashSet<>();
            int[] pos = {0};
            for (int k = 0; k < keyCount && pos[0] < keyEntries.capacity(); k++) {
                int len = Utf8.varint(keyEntries, pos);
                int at = pos[0];
                int flags = keyEntries.get(at + len) & 0xFF;
                pos[0] = at + len + 1;
                int n = Utf8.varint(keyEntries, pos);
                pos[0] += 4 * n;
                if ((flags & GazetteerFormat.KEY_DEMONYM) != 0) {
                    out.add(Utf8.decode(keyEntries, at, len));
                }
            }
            d = Set.copyOf(out);
            demonyms = d;
        }
        return Optional.of(d);
    }

    @Override
    public int maxKeyTokens() {
        return maxKeyTokens;
    }

    @Override
    public Optional<Place> byId(long id) {
        if (id < Integer.MIN_VALUE || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = placeCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = places.getInt(mid * GazetteerFormat.PLACE_RECORD);
            if (v < id) {
                lo = mid + 1;
            } else if (v > id) {
                hi = mid - 1;
            } else {
                return Optional.of(place(mid));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Place> country(String iso2) {
        return ordinal(byIso2, iso2);
    }

    @Override
    public Optional<Place> countryByIso3(String iso3) {
        return ordinal(byIso3, iso3);
    }

    @Override
    public Optional<Place> countryByFips(String fips) {
        return ordinal(byFips, fips);
    }

    private Optional<Place> ordinal(Map<String, Integer> map, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Integer ord = map.get(code.toUpperCase(Locale.ROOT));
        return ord == null ? Optional.empty() : Optional.of(place(ord));
    }

    @Override
    public Optional<Place> admin1(String iso2, String admin1Code) {
        if (iso2 == null || admin1Code == null) {
            return Optional.empty();
        }
        Integer ord = admin1.get(iso2.toUpperCase(Locale.ROOT) + "." + admin1Code);
        return ord == null ? Optional.empty() : Optional.of(place(ord));
    }

    @Override
    public Optional<Place> nearestPopulated(double lat, double lon, double maxKm) {
        int ord = grid.nearest(lat, lon, maxKm);
        return ord < 0 ? Optional.empty() : Optional.of(place(ord));
    }

    @Override
    public int size() {
        return placeCount;
    }

    /** Number of distinct keys. */
    public int keyCount() {
        return keyCount;
    }

    /** The build description stored in the file. */
    public String meta() {
        return meta;
    }

    @Override
    public String description() {
        String firstLine = meta.isEmpty() ? "" : meta.lines().findFirst().orElse("");
        return String.format(Locale.ROOT, "%s (format %d, %,d places, %,d keys, crc32 %08x)%s", file.getFileName(),
                GazetteerFormat.VERSION, placeCount, keyCount, crc, firstLine.isEmpty() ? "" : ": " + firstLine);
    }
}
