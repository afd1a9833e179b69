package org.conflictmap.events;

/**
 * One row of {@code aggregates.csv}: a count of events for one key of one dimension.
 *
 * @param dimension "place", "country", "admin1", "day", "week", "month" or "type"
 * @param key       the key within the dimension (place id, ISO2, admin-1 name, 2020-10-04, 2020-W41, 2020-10, type key)
 * @param label     a display label for the key
 * @param eventType the event type key, or "all" for the total over types
 * @param events    number of events
 * @param sources   number of reports (sum of Event.sources)
 */
public record AggregateRow(String dimension, String key, String label, String eventType, int events, int sources) {
}
