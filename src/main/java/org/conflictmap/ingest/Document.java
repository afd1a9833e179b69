package org.conflictmap.ingest;

import java.time.LocalDate;

/**
 * One article to geoparse.
 *
 * @param id       stable id (JSONL "id", file name for text files, CSV id column)
 * @param text     the text
 * @param lang     ISO 639-1 code, or null when unknown
 * @param date     publication date, or null
 * @param title    title, or null
 * @param source   publisher/source name, or null
 * @param url      URL, or null
 * @param location where the record was read
 */
public record Document(String id, String text, String lang, LocalDate date, String title, String source,
                       String url, SourceLocation location) {
}
