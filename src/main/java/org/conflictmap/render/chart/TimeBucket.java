package org.conflictmap.render.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Time resolution of a timeline: day, ISO week (Monday start) or month; AUTO picks one from the period. */
public enum TimeBucket {
    DAY, WEEK, MONTH, AUTO;

    /** Periods up to this many days are shown per day under AUTO. */
    public static final int AUTO_MAX_DAYS = 92;
    /** Periods up to this many days are shown per week under AUTO (about two years); longer ones per month. */
    public static final int AUTO_MAX_WEEKS_DAYS = 2 * 366;

    /** The concrete bucket for a period: this one, or for AUTO day / week / month by the period length. */
    public TimeBucket resolve(LocalDate from, LocalDate to) {
        if (this != AUTO) {
            return this;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= AUTO_MAX_DAYS) {
            return DAY;
        }
        return days <= AUTO_MAX_WEEKS_DAYS ? WEEK : MONTH;
    }

    /** The first day of the bucket that holds {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case AUTO -> throw new IllegalStateException("resolve AUTO first");
        };
    }

    /** The first day of the next bucket. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case AUTO -> throw new IllegalStateException("resolve AUTO first");
        };
    }

    /** The key used in aggregates: 2020-10-04, 2020-W41, 2020-10. */
    public String key(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
            case AUTO -> throw new IllegalStateException("resolve AUTO first");
        };
    }

    /** "day", "week", "month", "auto". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses day|week|month|auto (case-insensitive). */
    public static TimeBucket parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown time bucket '" + s + "' (use day, week, month or auto)", e);
        }
    }
}
