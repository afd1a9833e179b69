package org.conflictmap.render.chart;

import java.util.Locale;

/** The charts conflictmap draws; {@link #fileName()} is the base name of the written files. */
public enum ChartKind {
    TIMELINE("timeline"),
    TOP_PLACES("top-places"),
    COUNTRIES("countries"),
    ADMIN1("admin1"),
    TYPES("types"),
    HEATMAP("place-time-heatmap");

    private final String fileName;

    ChartKind(String fileName) {
        this.fileName = fileName;
    }

    /** Base file name without extension. */
    public String fileName() {
        return fileName;
    }

    /** Parses a file name ("top-places") or constant name ("top_places"), case-insensitive. */
    public static ChartKind parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ChartKind k : values()) {
            if (k.fileName.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown chart '" + s + "' (use timeline, top-places, countries, admin1, "
                + "types or place-time-heatmap)");
    }
}
