package org.conflictmap.render.chart;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date to mark on timelines, e.g. {@code 2020-11-10=Ceasefire}.
 *
 * @param date  the day
 * @param label a short label drawn next to the marker
 */
public record KeyDate(LocalDate date, String label) {

    public KeyDate {
        Objects.requireNonNull(date, "date");
        label = label == null ? "" : label.strip();
    }

    /** Parses {@code YYYY-MM-DD=Label} (the label may be empty). */
    public static KeyDate parse(String s) {
        int eq = s.indexOf('=');
        String d = (eq < 0 ? s : s.substring(0, eq)).strip();
        try {
            return new KeyDate(LocalDate.parse(d), eq < 0 ? "" : s.substring(eq + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("key date '" + s + "': expected YYYY-MM-DD=Label", e);
        }
    }
}
