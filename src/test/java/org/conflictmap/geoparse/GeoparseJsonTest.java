package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class GeoparseJsonTest {

    @Test
    void fixedDecimals() {
        assertEquals("55.75222", GeoparseJson.fixed(55.75222, 5));
        assertEquals("-98.5", GeoparseJson.fixed(-98.5, 5));
        assertEquals("0.5", GeoparseJson.fixed(0.5, 3));
        assertEquals("1", GeoparseJson.fixed(0.99999, 3));
        assertEquals("0", GeoparseJson.fixed(-0.000001, 5));
        assertEquals("-0.00001", GeoparseJson.fixed(-0.00001, 5));
        assertEquals("100", GeoparseJson.fixed(100.0, 5));
        assertEquals("37.61556", GeoparseJson.fixed(37.615556, 5));
        assertEquals("0.0005", GeoparseJson.fixed(0.0005, 5));
        assertEquals("-12.0305", GeoparseJson.fixed(-12.0305, 5));
        assertEquals("0", GeoparseJson.fixed(Double.NaN, 5));
    }

    @Test
    void fixedMatchesTheFormerFormatting() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> rnd.nextDouble() * 360 - 180;
                case 1 -> rnd.nextInt(-1_800_000, 1_800_000) / 10_000.0;
                case 2 -> rnd.nextDouble() * 1e-3 - 5e-4;
                default -> rnd.nextDouble();
            };
            int digits = i % 2 == 0 ? 5 : 3;
            assertEquals(formerFixed(v, digits), GeoparseJson.fixed(v, digits), "value " + v);
        }
    }

    /** The formatting the writer used before (a string of the fraction with its trailing zeros cut). */
    private static String formerFixed(double v, int digits) {
        long scale = (long) Math.pow(10, digits);
        long n = Math.round(Math.abs(v) * scale);
        if (n == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(v < 0 ? "-" : "").append(n / scale);
        String f = Long.toString(n % scale + scale).substring(1).replaceAll("0+$", "");
        return f.isEmpty() ? b.toString() : b.append('.').append(f).toString();
    }

    @Test
    void escapesLikeJackson() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\uD83D\uDE00\uD800x\uFFFF \"q\" \\ / </script>");
        Place p = new Place(-5, "n\"a\\me\u0001", "P", "PP\tLA", "F\nR", "1\u001f1", 1.5, -2.25, 0, null);
        GeoparseResult r = new GeoparseResult(null, List.of(new Mention(0, 3, all.toString(), MentionKind.TOPONYM, p,
                0.5, List.of(p))));
        assertEquals(utf8(jackson(all.toString(), r)), utf8(GeoparseJson.line(all.toString(), r)));
        assertEquals(utf8(jacksonError(null, 7, "bad \"line\"\n")), utf8(GeoparseJson.errorLine(null, 7, "bad \"line\"\n")));
        assertEquals(utf8(jacksonError("x\u0000", 0, "e")), utf8(GeoparseJson.errorLine("x\u0000", 0, "e")));
    }

    @Test
    void cachedPlacesAndRepeatedNamesGiveTheSameBytes() throws IOException {
        SplittableRandom rnd = new SplittableRandom(5);
        String alphabet = "abcXYZ éèЖжقا-\"\\\n\uD83D\uDE00\uDC00";
        List<Place> pool = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            pool.add(place(rnd, alphabet));
        }
        Place a = pool.get(0);
        Place b = pool.get(1);
        pool.add(new Place(a.id(), "Other", "P", "PPL", "FR", "", 1, 2, 3, null)); // another place, the same id
        pool.add(new Place(b.id(), b.name(), b.featureClass(), b.featureCode(), b.country(), b.admin1(), b.lat(),
                b.lon(), b.population(), b.bbox())); // an equal place, another object
        GeoparseJson.PlaceCache cache = new GeoparseJson.PlaceCache(5);
        for (int doc = 0; doc < 200; doc++) {
            List<Mention> ms = new ArrayList<>();
            for (int i = rnd.nextInt(6); i > 0; i--) {
                List<Place> alts = new ArrayList<>();
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    alts.add(pool.get(rnd.nextInt(pool.size())));
                }
                Place chosen = rnd.nextInt(5) == 0 ? null : pool.get(rnd.nextInt(pool.size()));
                if (!ms.isEmpty() && rnd.nextBoolean()) { // another mention of a resolved name: same objects
                    Mention o = ms.get(rnd.nextInt(ms.size()));
                    ms.add(new Mention(i, i + 2, word(rnd, alphabet), o.kind(), o.place(), o.confidence(),
                            o.alternatives()));
                    continue;
                }
                ms.add(new Mention(i, i + 3, word(rnd, alphabet), rnd.nextBoolean() ? MentionKind.TOPONYM
                        : MentionKind.DEMONYM, chosen, rnd.nextDouble(), alts));
            }
            GeoparseResult r = new GeoparseResult("en", ms);
            assertEquals(utf8(jackson("d" + doc, r)), utf8(GeoparseJson.line("d" + doc, r, cache)));
        }
    }

    @Test
    void thePlaceCacheKeepsAtMostItsMaximumAndServesOnlyEqualPlaces() {
        GeoparseJson.PlaceCache cache = new GeoparseJson.PlaceCache(100);
        List<Place> places = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            places.add(new Place(k * 7919L - 3000, "P" + k, "P", "PPL", "FR", "", k * 0.01, -k * 0.01, k, null));
        }
        for (Place p : places) {
            assertEquals(placeText(p), text(cache.of(p)));
            assertEquals(placeText(p), text(cache.of(p)), "again (kept or not)");
        }
        assertEquals(100, cache.size(), "full, and no more");
        GeoparseJson.PlaceCache large = new GeoparseJson.PlaceCache(10_000);
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < 5000; k++) {
                Place p = new Place(k * 104729L + 17, "Q" + k, "P", "PPL", "FR", "", 1, 2, k, null);
                assertEquals(placeText(p), text(large.of(p)));
            }
        }
        assertTrue(large.size() > 4500 && large.size() <= 5000, "the table grew to hold nearly all: " + large.size());
        for (Place p : places) {
            Place sameId = new Place(p.id(), "Other", "P", "PPL", "ML", "", 1, 2, 3, null);
            assertEquals(placeText(sameId), text(cache.of(sameId)), "a place with a kept place's id: its own bytes");
        }
    }

    /** The members of {@code p} as a line without a cache writes them. */
    private static String placeText(Place p) {
        String line = text(GeoparseJson.line("x", new GeoparseResult("fr", List.of(new Mention(0, 1, "P",
                MentionKind.TOPONYM, p, 1, List.of())))));
        return line.replaceFirst(".*\"kind\":\"toponym\",", "").replaceFirst(",\"confidence\".*", "");
    }

    @Test
    void linesAreTheLinesOneAfterTheOtherAndAFailedLineLeavesNothing() {
        Place p = new Place(7, "Gao", "P", "PPLA", "ML", "07", 16.27, -0.04, 86_000, null);
        GeoparseResult a = new GeoparseResult("fr", List.of(new Mention(0, 3, "Gao", MentionKind.TOPONYM, p, 0.9,
                List.of())));
        GeoparseResult bad = new GeoparseResult("fr", List.of(new Mention(0, 3, "Gao", null, p, 0.9, List.of())));
        GeoparseJson.Lines lines = new GeoparseJson.Lines(new GeoparseJson.PlaceCache(10));
        lines.add("1", a);
        assertThrows(NullPointerException.class, () -> lines.add("2", bad));
        lines.addError("3", 3, "empty text");
        String expected = text(GeoparseJson.line("1", a)) + "\n" + text(GeoparseJson.errorLine("3", 3, "empty text")) + "\n";
        assertEquals(expected, text(lines.take()));
        lines.add("4", a);
        assertEquals(text(GeoparseJson.line("4", a)) + "\n", text(lines.take()), "a fresh start after take");
    }

    private static String text(byte[] utf8) {
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void sameBytesAsJacksonOnRandomResults() throws IOException {
        SplittableRandom rnd = new SplittableRandom(42);
        String alphabet = "abcXYZ éèЖжقا-’'\"\\\n\t\u0007 \uD83D\uDE00\uDC00\u0800\u07FF\uFFFF";
        for (int doc = 0; doc < 300; doc++) {
            List<Mention> ms = new ArrayList<>();
            int n = rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                List<Place> alts = new ArrayList<>();
                int na = rnd.nextInt(4);
                for (int k = 0; k < na; k++) {
                    alts.add(place(rnd, alphabet));
                }
                Place chosen = rnd.nextInt(5) == 0 ? null : place(rnd, alphabet);
                int s = rnd.nextInt(10_000);
                ms.add(new Mention(s, s + rnd.nextInt(30), word(rnd, alphabet),
                        rnd.nextBoolean() ? MentionKind.TOPONYM : MentionKind.DEMONYM, chosen,
                        rnd.nextDouble() * (rnd.nextBoolean() ? 1 : 1e-4), alts));
            }
            GeoparseResult r = new GeoparseResult(rnd.nextInt(7) == 0 ? null : word(rnd, alphabet), ms);
            String id = word(rnd, alphabet);
            assertEquals(utf8(jackson(id, r)), utf8(GeoparseJson.line(id, r)));
        }
    }

    /**
     * The bytes as a list of numbers (a readable diff on failure): what the geoparse stream wrote before the
     * writer encoded itself was the line's {@link String#getBytes} in UTF-8.
     */
    private static List<Integer> utf8(String line) {
        return utf8(line.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> utf8(byte[] bytes) {
        List<Integer> out = new ArrayList<>(bytes.length);
        for (byte x : bytes) {
            out.add(x & 0xFF);
        }
        return out;
    }

    private static Place place(SplittableRandom rnd, String alphabet) {
        double lat = rnd.nextInt(3) == 0 ? rnd.nextInt(-90, 91) : (rnd.nextDouble() * 180 - 90);
        double lon = rnd.nextInt(5) == 0 ? rnd.nextDouble() * 1e-4 - 5e-5 : (rnd.nextDouble() * 360 - 180);
        long id = rnd.nextInt(6) == 0 ? -rnd.nextInt(1, 100) : rnd.nextLong(1, 20_000_000_000L);
        return new Place(id, word(rnd, alphabet), word(rnd, "APS"), word(rnd, "PCLIADM1"), word(rnd, "FRUSAM"),
                word(rnd, "0123"), lat, lon, rnd.nextLong(0, 10_000_000), new BBox(0, 0, 1, 1));
    }

    private static String word(SplittableRandom rnd, String alphabet) {
        int n = rnd.nextInt(12);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    // reference: Jackson's streaming generator, as the writer did before it was hand-written

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static String jackson(String id, GeoparseResult result) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("lang", result.lang());
            g.writeArrayFieldStart("toponyms");
            for (Mention m : result.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("surface", m.surface());
                g.writeStringField("kind", m.kind().jsonName());
                writePlace(g, m.place());
                g.writeFieldName("confidence");
                g.writeNumber(GeoparseJson.fixed(m.confidence(), 3));
                if (!m.alternatives().isEmpty()) {
                    g.writeArrayFieldStart("alternatives");
                    for (Place p : m.alternatives()) {
                        g.writeStartObject();
                        writePlace(g, p);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    private static void writePlace(JsonGenerator g, Place p) throws IOException {
        if (p == null) {
            for (String f : List.of("geonameid", "name", "country", "admin1", "feature", "lat", "lon")) {
                g.writeNullField(f);
            }
            return;
        }
        if (p.id() > 0) {
            g.writeNumberField("geonameid", p.id());
        } else {
            g.writeNullField("geonameid");
        }
        g.writeStringField("name", p.name());
        g.writeStringField("country", p.country());
        g.writeStringField("admin1", p.admin1());
        g.writeStringField("feature", p.feature());
        g.writeFieldName("lat");
        g.writeNumber(GeoparseJson.fixed(p.lat(), 5));
        g.writeFieldName("lon");
        g.writeNumber(GeoparseJson.fixed(p.lon(), 5));
    }

    private static String jacksonError(String id, long line, String error) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            if (line > 0) {
                g.writeNumberField("line", line);
            }
            g.writeStringField("error", error);
            g.writeEndObject();
        }
        return w.toString();
    }
}
