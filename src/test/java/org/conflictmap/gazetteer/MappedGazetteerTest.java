package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedGazetteerTest {

    @TempDir
    Path dir;

    static final Place ARMENIA = new Place(-1000012, "Armenia", "A", "PCLI", "AM", "", 40, 45, 2_900_000,
            new BBox(43.4, 38.8, 46.6, 41.3));
    static final Place LORI = new Place(828261, "Lori", "A", "ADM1", "AM", "06", 40.9, 44.5, 0, null);
    static final Place YEREVAN = new Place(616052, "Yerevan", "P", "PPLC", "AM", "11", 40.18111, 44.51361, 1_093_485, null);
    static final Place PARIS_FR = new Place(2988507, "Paris", "P", "PPLC", "FR", "11", 48.85341, 2.3488, 2_138_551, null);
    static final Place PARIS_TX = new Place(4717560, "Paris", "P", "PPLA2", "US", "TX", 33.66094, -95.55551, 24_782, null);
    static final Place NEW_YORK = new Place(5128581, "New York City", "P", "PPL", "US", "NY", 40.71427, -74.00597, 8_804_190, null);

    /** Writes a 6-place gazetteer with keys in the layout the builder produces. */
    static Path writeSample(Path file) throws IOException {
        List<CompiledPlace> places = Arrays.asList(
                new CompiledPlace(ARMENIA, false), new CompiledPlace(YEREVAN, false), new CompiledPlace(LORI, false),
                new CompiledPlace(PARIS_FR, false), new CompiledPlace(PARIS_TX, false), new CompiledPlace(NEW_YORK, false));
        places = places.stream().sorted((a, b) -> Long.compare(a.place().id(), b.place().id())).toList();
        // ordinals by id: -1000012 Armenia 0, 616052 Yerevan 1, 828261 Lori 2, 2988507 Paris 3, 4717560 Paris TX 4, 5128581 NYC 5
        List<CompiledKey> keys = List.of(
                new CompiledKey("armenia", GazetteerFormat.KEY_NAME, new int[] {0}),
                new CompiledKey("armenian", GazetteerFormat.KEY_DEMONYM, new int[] {0}),
                new CompiledKey("erevan", GazetteerFormat.KEY_NAME, new int[] {1}),
                new CompiledKey("lori", GazetteerFormat.KEY_NAME, new int[] {2}),
                new CompiledKey("new york", GazetteerFormat.KEY_NAME, new int[] {5}),
                new CompiledKey("new york city", GazetteerFormat.KEY_NAME, new int[] {5}),
                new CompiledKey("paris", GazetteerFormat.KEY_NAME, new int[] {3, 4}),
                new CompiledKey("ереван", GazetteerFormat.KEY_NAME, new int[] {1}));
        GazetteerWriter.write(new CompiledGazetteer(places, keys,
                List.of(new CountryCodes("AM", "ARM", "AM"), new CountryCodes("AM", "ARM", "QQ")), "test gazetteer\n"), file);
        return file;
    }

    @Test
    void answersEveryLookupFromTheMappedFile() throws IOException {
        MappedGazetteer g = MappedGazetteer.open(writeSample(dir.resolve("g.bin")));
        assertEquals(6, g.size());
        assertEquals(8, g.keyCount());
        assertEquals(3, g.maxKeyTokens());
        assertEquals(List.of(PARIS_FR, PARIS_TX), g.candidates("paris"));
        assertEquals(List.of(YEREVAN), g.candidates("ереван"));
        assertEquals(List.of(), g.candidates("pari"));
        assertTrue(g.containsKey("erevan"));
        assertFalse(g.containsKey("ere"));
        assertFalse(g.containsKey(""));
        assertTrue(g.hasLongerKey("new"));
        assertTrue(g.hasLongerKey("new york"));
        assertFalse(g.hasLongerKey("new york city"));
        assertFalse(g.hasLongerKey("paris"));
        assertFalse(g.hasLongerKey("ne"));
        assertTrue(g.isDemonymKey("armenian"));
        assertFalse(g.isDemonymKey("armenia"));
        assertEquals(java.util.Set.of("armenian"), g.demonymKeys().orElseThrow(), "every demonym key, nothing else");
        assertEquals(ARMENIA, g.byId(-1000012).orElseThrow());
        assertEquals(PARIS_TX, g.byId(4717560).orElseThrow());
        assertTrue(g.byId(1).isEmpty());
        assertEquals(ARMENIA, g.country("am").orElseThrow());
        assertEquals(ARMENIA, g.countryByIso3("ARM").orElseThrow());
        assertEquals(ARMENIA, g.countryByFips("AM").orElseThrow());
        assertEquals(ARMENIA, g.countryByFips("QQ").orElseThrow(), "a second FIPS code of the same country");
        assertTrue(g.country("FR").isEmpty());
        assertEquals(LORI, g.admin1("AM", "06").orElseThrow());
        assertTrue(g.admin1("AM", "07").isEmpty());
        assertEquals(YEREVAN, g.nearestPopulated(40.2, 44.4, 50).orElseThrow());
        assertTrue(g.nearestPopulated(40.2, 44.4, 5).isEmpty());
        assertEquals(NEW_YORK, g.nearestPopulated(40.7, -74.1, 100).orElseThrow());
        assertTrue(g.description().contains("6 places"), g.description());
        assertTrue(g.description().contains("test gazetteer"), g.description());
    }

    @Test
    void keyHashTestNeverDeniesAKeyOrAPrefix() throws IOException {
        MappedGazetteer g = MappedGazetteer.open(writeSample(dir.resolve("g.bin")));
        for (String k : List.of("armenia", "armenian", "paris", "ереван", "new", "new york", "new york city")) {
            assertTrue(g.mayHaveKeyOrLonger(k.hashCode()), k);
        }
        int denied = 0;
        for (int i = 0; i < 1000; i++) {
            denied += g.mayHaveKeyOrLonger(("absent" + i).hashCode()) ? 0 : 1;
        }
        assertEquals(1000, denied, "8 keys and 2 prefixes: no other 32-bit hash is held");
    }

    @Test
    void keyAndPrefixFiltersNeverDenyAndSeparateKeysFromPrefixes() throws IOException {
        MappedGazetteer g = MappedGazetteer.open(writeSample(dir.resolve("g.bin")));
        for (String k : List.of("armenia", "armenian", "paris", "ереван", "new york", "new york city")) {
            assertTrue(g.mayHaveKey(k.hashCode()), k);
        }
        for (String p : List.of("new", "new york")) {
            assertTrue(g.mayHaveLongerKey(p.hashCode()), p);
        }
        int deniedKeys = 0;
        int deniedPrefixes = 0;
        for (int i = 0; i < 1000; i++) {
            deniedKeys += g.mayHaveKey(("absent" + i).hashCode()) ? 0 : 1;
            deniedPrefixes += g.mayHaveLongerKey(("absent" + i).hashCode()) ? 0 : 1;
        }
        assertTrue(deniedKeys > 950, "a filter of 8 keys in 4096 bits denies almost every other hash: " + deniedKeys);
        assertTrue(deniedPrefixes > 990, "2 prefixes: " + deniedPrefixes);
        assertFalse(g.mayHaveLongerKey("paris".hashCode()), "a key that no longer key continues");
    }

    @Test
    void filterHasNoFalseNegativesOverManyHashes() {
        int[] keys = new java.util.Random(5).ints(20_000).toArray();
        int[] prefixes = new java.util.Random(7).ints(5_000).toArray();
        KeyPairFilter f = KeyPairFilter.of(keys.length, sink -> Arrays.stream(keys).forEach(sink),
                sink -> Arrays.stream(prefixes).forEach(sink));
        for (int h : keys) {
            assertTrue((f.mayHold(h) & KeyPairFilter.KEY) != 0);
        }
        for (int h : prefixes) {
            assertTrue((f.mayHold(h) & KeyPairFilter.PREFIX) != 0);
        }
        int heldKeys = 0;
        int heldPrefixes = 0;
        java.util.Random r = new java.util.Random(6);
        for (int i = 0; i < 100_000; i++) {
            int bits = f.mayHold(r.nextInt());
            heldKeys += bits & KeyPairFilter.KEY;
            heldPrefixes += (bits & KeyPairFilter.PREFIX) >> 1;
        }
        assertTrue(heldKeys < 15_000, "about one absent hash in eight passes: " + heldKeys);
        assertTrue(heldPrefixes < 4_000, "the smaller table passes fewer: " + heldPrefixes);
        assertEquals(64 * 1024, f.bytes(), "2 bits per bucket, 8 buckets per entry rounded up to a power of two");
    }

    @Test
    void mayHaveAnswersBothFiltersAtOnce() throws IOException {
        MappedGazetteer g = MappedGazetteer.open(writeSample(dir.resolve("g.bin")));
        for (String k : List.of("paris", "new york", "new", "absent", "york", "")) {
            int bits = g.mayHave(k.hashCode());
            assertEquals(g.mayHaveKey(k.hashCode()), (bits & Gazetteer.MAY_BE_KEY) != 0, k);
            assertEquals(g.mayHaveLongerKey(k.hashCode()), (bits & Gazetteer.MAY_HAVE_LONGER) != 0, k);
        }
        assertEquals(Gazetteer.MAY_BE_KEY | Gazetteer.MAY_HAVE_LONGER, g.mayHave("new york".hashCode()),
                "a key and a prefix");
    }

    @Test
    void sameInputWritesIdenticalBytes() throws IOException {
        byte[] a = Files.readAllBytes(writeSample(dir.resolve("a.bin")));
        byte[] b = Files.readAllBytes(writeSample(dir.resolve("b.bin")));
        assertTrue(Arrays.equals(a, b));
    }

    @Test
    void refusesACorruptFile() throws IOException {
        Path f = writeSample(dir.resolve("g.bin"));
        byte[] bytes = Files.readAllBytes(f);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(f, bytes);
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> MappedGazetteer.open(f));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        Path f = writeSample(dir.resolve("g.bin"));
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(bytes, bytes.length - 100));
        assertTrue(assertThrows(GazetteerFormatException.class, () -> MappedGazetteer.open(f)).getMessage()
                .contains("truncated"));
        Files.write(f, Arrays.copyOf(bytes, 20));
        assertTrue(assertThrows(GazetteerFormatException.class, () -> MappedGazetteer.open(f)).getMessage()
                .contains("truncated"));
    }

    @Test
    void refusesAnotherFormatVersionOrAForeignFile() throws IOException {
        Path f = writeSample(dir.resolve("g.bin"));
        byte[] bytes = Files.readAllBytes(f);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, GazetteerFormat.VERSION + 1);
        Files.write(f, bytes);
        String msg = assertThrows(GazetteerFormatException.class, () -> MappedGazetteer.open(f)).getMessage();
        assertTrue(msg.contains("format version " + (GazetteerFormat.VERSION + 1)), msg);
        assertTrue(msg.contains("rebuild"), msg);
        Path other = dir.resolve("other.bin");
        Files.write(other, new byte[4096]);
        assertTrue(assertThrows(GazetteerFormatException.class, () -> MappedGazetteer.open(other)).getMessage()
                .contains("bad magic"));
    }

    @Test
    void hashLookupsSurviveManyCollidingSlots() throws IOException {
        // many keys in a small table: every key must still be found and no absent key reported
        List<CompiledPlace> places = List.of(new CompiledPlace(YEREVAN, false));
        List<CompiledKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            keys.add(new CompiledKey(String.format("k%05d x", i), GazetteerFormat.KEY_NAME, new int[] {0}));
        }
        Path f = dir.resolve("many.bin");
        GazetteerWriter.write(new CompiledGazetteer(places, keys, List.of(), ""), f);
        MappedGazetteer g = MappedGazetteer.open(f);
        for (int i = 0; i < 2000; i++) {
            assertTrue(g.containsKey(String.format("k%05d x", i)));
            assertTrue(g.hasLongerKey(String.format("k%05d", i)));
        }
        assertFalse(g.containsKey("k02000 x"));
        assertFalse(g.hasLongerKey("k02000"));
    }
}
