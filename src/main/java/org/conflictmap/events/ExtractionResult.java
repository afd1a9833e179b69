package org.conflictmap.events;

import java.util.List;
import org.conflictmap.ingest.RecordError;

/**
 * What one document or event-table row yields: event reports, unresolved names, and warnings
 * (e.g. a row whose coordinates lie far from the place it names).
 */
public record ExtractionResult(List<EventMention> mentions, List<UnresolvedName> unresolved,
                               List<RecordError> warnings) {

    public ExtractionResult {
        mentions = List.copyOf(mentions);
        unresolved = List.copyOf(unresolved);
        warnings = List.copyOf(warnings);
    }
}
