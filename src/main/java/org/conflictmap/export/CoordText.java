package org.conflictmap.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text of coordinates as written in every data file: 5 decimals (about 1 m), locale-independent,
 * exactly {@code String.format(Locale.ROOT, "%.5f", v)}. One instance per file written remembers the text
 * of the values it has formatted, because events share places (half a million events at a few thousand
 * places) and the JDK formatter costs microseconds per call. The memory is bounded: it starts again when
 * it holds {@value #MAX} values. Not thread-safe: one instance per writer.
 */
public final class CoordText {

    static final int MAX = 1 << 16;

    private final Map<Double, String> seen = new HashMap<>();

    /** The text of {@code v}, as {@link #format(double)}. */
    public String of(double v) {
        Double key = v;
        String s = seen.get(key);
        if (s == null) {
            if (seen.size() >= MAX) {
                seen.clear();
            }
            s = format(v);
            seen.put(key, s);
        }
        return s;
    }

    /** Formats a coordinate with 5 decimals, locale-independent. */
    public static String format(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }
}
