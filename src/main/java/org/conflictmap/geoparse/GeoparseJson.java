package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * The geoparse output line: {@code {"id","lang","toponyms":[{"start","end","surface","kind","geonameid",
 * "name","country","admin1","feature","lat","lon","confidence","alternatives"}]}} or, for a record that
 * could not be read, {@code {"id","error"}}. Project-assigned (negative) ids are written as a null geonameid.
 * Written straight into a {@link StringBuilder} (no generator object, no writer, no number formatting),
 * byte for byte what Jackson's default generator writes: compact, non-ASCII as is, control characters,
 * quote and backslash escaped. Deterministic: the same result always gives the same bytes.
 */
public final class GeoparseJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String[] KIND_NAMES = kindNames();
    private static final Place[] NO_PLACES = new Place[0];

    private GeoparseJson() {
    }

    /** One output line (without the line break) for a parsed document. */
    public static String line(String id, GeoparseResult result) {
        List<Mention> mentions = result.mentions();
        StringBuilder b = new StringBuilder(capacity(id, mentions));
        b.append("{\"id\":");
        string(b, id);
        b.append(",\"lang\":");
        string(b, result.lang());
        b.append(",\"toponyms\":[");
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"start\":").append(m.start()).append(",\"end\":").append(m.end()).append(",\"surface\":");
            string(b, m.surface());
            b.append(",\"kind\":");
            string(b, KIND_NAMES[m.kind().ordinal()]);
            b.append(',');
            place(b, m.place());
            b.append(",\"confidence\":");
            fixed(b, m.confidence(), 1000);
            if (!m.alternatives().isEmpty()) {
                // an array: the immutable lists come in two classes, and a loop over them compiles to
                // code that deoptimises whenever the other one shows up
                Place[] alts = m.alternatives().toArray(NO_PLACES);
                b.append(",\"alternatives\":[");
                for (int k = 0; k < alts.length; k++) {
                    b.append(k == 0 ? "{" : ",{");
                    place(b, alts[k]);
                    b.append('}');
                }
                b.append(']');
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    /** A little more than the line's length, so that the builder never grows. */
    private static int capacity(String id, List<Mention> mentions) {
        long n = 48 + (id == null ? 4 : id.length());
        for (Mention m : mentions) {
            n += 112 + m.surface().length() + place(m.place()) + 16;
            for (Place p : m.alternatives()) {
                n += place(p) + 4;
            }
        }
        return (int) Math.min(n + 16, Integer.MAX_VALUE - 16);
    }

    private static int place(Place p) {
        return p == null ? 100 : 120 + p.name().length() + p.admin1().length() + p.featureCode().length();
    }

    /** One output line for a record that failed. */
    public static String errorLine(String id, String error) {
        StringBuilder b = new StringBuilder(32 + (error == null ? 4 : error.length()));
        b.append("{\"id\":");
        string(b, id);
        b.append(",\"error\":");
        string(b, error);
        return b.append('}').toString();
    }

    /**
     * {@code v} rounded to {@code digits} decimals, as JSON number text without trailing zeros
     * ("55.75222", "0.5", "-98.5", "1").
     */
    static String fixed(double v, int digits) {
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        StringBuilder b = new StringBuilder(16);
        fixed(b, v, scale);
        return b.toString();
    }

    /** Appends {@code v} rounded to 1/{@code scale} (a power of ten), without trailing zeros. */
    private static void fixed(StringBuilder b, double v, long scale) {
        if (!Double.isFinite(v)) {
            b.append('0');
            return;
        }
        long n = Math.round(Math.abs(v) * scale);
        if (n == 0) {
            b.append('0');
            return;
        }
        if (v < 0) {
            b.append('-');
        }
        b.append(n / scale);
        long frac = n % scale;
        if (frac == 0) {
            return;
        }
        b.append('.');
        // leading zeros of the fraction, then its digits without the trailing zeros
        for (long d = scale / 10; d > frac; d /= 10) {
            b.append('0');
        }
        while (frac % 10 == 0) {
            frac /= 10;
        }
        b.append(frac);
    }

    private static void place(StringBuilder b, Place p) {
        if (p == null) {
            b.append("\"geonameid\":null,\"name\":null,\"country\":null,\"admin1\":null,\"feature\":null,"
                    + "\"lat\":null,\"lon\":null");
            return;
        }
        b.append("\"geonameid\":");
        if (p.id() > 0) {
            b.append(p.id());
        } else {
            b.append("null");
        }
        b.append(",\"name\":");
        string(b, p.name());
        b.append(",\"country\":");
        string(b, p.country());
        b.append(",\"admin1\":");
        string(b, p.admin1());
        b.append(",\"feature\":\"");
        body(b, p.featureClass());
        b.append('.');
        body(b, p.featureCode());
        b.append('"');
        b.append(",\"lat\":");
        fixed(b, p.lat(), 100_000);
        b.append(",\"lon\":");
        fixed(b, p.lon(), 100_000);
    }

    /** A JSON string (or null): quote, backslash and control characters escaped as Jackson does. */
    static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        body(b, s);
        b.append('"');
    }

    private static void body(StringBuilder b, String s) {
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            b.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        b.append(s, from, n);
    }

    private static String[] kindNames() {
        MentionKind[] kinds = MentionKind.values();
        String[] names = new String[kinds.length];
        for (MentionKind k : kinds) {
            names[k.ordinal()] = k.jsonName();
        }
        return names;
    }
}
