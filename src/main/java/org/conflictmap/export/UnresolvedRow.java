package org.conflictmap.export;

/**
 * One row of {@code unresolved.csv}: a place name found in the texts that could not be placed.
 *
 * @param name            the name (its most frequent spelling)
 * @param documents       number of distinct documents naming it
 * @param mentions        number of mentions
 * @param exampleDocument the first document naming it
 * @param exampleSentence the sentence it was first found in
 */
public record UnresolvedRow(String name, int documents, int mentions, String exampleDocument,
                            String exampleSentence) {
}
