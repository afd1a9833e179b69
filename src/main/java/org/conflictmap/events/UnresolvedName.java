package org.conflictmap.events;

/**
 * A place name that was found but could not be placed (no gazetteer entry, or too little confidence).
 *
 * @param name       the name as written
 * @param documentId the document (or row) it was found in
 * @param sentence   an example sentence
 */
public record UnresolvedName(String name, String documentId, String sentence) {
}
