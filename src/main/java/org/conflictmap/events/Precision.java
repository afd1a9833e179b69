package org.conflictmap.events;

import java.util.Locale;

/** How precisely an event is located: at a place, only to an admin-1 unit, or only to a country. */
public enum Precision {
    PLACE, ADMIN1, COUNTRY;

    /** Lower-case key used in data files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a key (case-insensitive). */
    public static Precision parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
