package org.conflictmap.ingest;

import java.time.LocalDate;

/**
 * One row of an event table (ACLED export layout or a mapped CSV) that names its place in words and,
 * optionally, gives coordinates.
 *
 * @param location     where the row was read
 * @param id           row id (an id column, or file:line)
 * @param date         event date, or null when missing (then reported)
 * @param eventType    raw event type text (ACLED event_type or a configured column)
 * @param subEventType raw sub-type text, or null
 * @param country      country hint (name or code), or null
 * @param admin1       admin-1 hint, or null
 * @param admin2       admin-2 hint, or null
 * @param place        the place name (ACLED "location"), never null
 * @param lat          latitude given by the row, or null
 * @param lon          longitude given by the row, or null
 * @param fatalities   count column, or null
 * @param notes        free text, or null
 */
public record EventRow(SourceLocation location, String id, LocalDate date, String eventType, String subEventType,
                       String country, String admin1, String admin2, String place, Double lat, Double lon,
                       Integer fatalities, String notes) {
}
