package org.conflictmap.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date cells and fields of inputs with the configured patterns (English month names,
 * case-insensitive, strict calendar). ISO dates ("2020-10-04") and ISO date-times
 * ("2020-10-04T08:15:00Z", "2020-10-04 08:15") are always accepted. Immutable, thread-safe.
 */
public final class DateParser {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

    private final List<String> patterns;
    private final List<DateTimeFormatter> formatters;

    /** A parser for the given patterns. */
    public DateParser(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.formatters = build(patterns);
    }

    /** Throws {@link IllegalArgumentException} naming the first invalid pattern. */
    static void validate(List<String> patterns) {
        build(patterns);
    }

    private static List<DateTimeFormatter> build(List<String> patterns) {
        List<DateTimeFormatter> out = new ArrayList<>();
        for (String p : patterns) {
            try {
                out.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p.replace("yyyy", "uuuu"))
                        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad date format '" + p + "': " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The date, or null when the text is blank. */
    public LocalDate parse(String text) throws DateTimeParseException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        for (DateTimeFormatter f : formatters) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        Matcher m = ISO_PREFIX.matcher(t);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // fall through to the error below
            }
        }
        throw new DateTimeParseException("unparsable date '" + t + "' (accepted: " + String.join(" | ", patterns)
                + " | ISO)", t, 0);
    }
}
