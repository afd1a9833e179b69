package org.conflictmap.events;

import java.time.LocalDate;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.SourceLocation;

/**
 * One report of an event: a resolved place in one sentence of one document (or one event-table row),
 * before reports of the same place, day and type are merged into one {@link Event}.
 *
 * @param documentId  the reporting document (or event-table row id)
 * @param date        the day (explicit date in the sentence, else the document date)
 * @param type        event family from the lexicon (or the table's type column)
 * @param place       the place the event is counted for (the country itself for country-level mentions)
 * @param precision   place / admin-1 / country
 * @param lat         latitude used for the event (the row's own coordinates for event tables)
 * @param lon         longitude used for the event
 * @param sentence    the evidence sentence (or the row's notes)
 * @param fatalities  count, or null
 * @param location    where the document/row was read
 */
public record EventMention(String documentId, LocalDate date, EventType type, Place place, Precision precision,
                           double lat, double lon, String sentence, Integer fatalities, SourceLocation location) {
}
