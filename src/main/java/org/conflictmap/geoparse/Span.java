package org.conflictmap.geoparse;

/**
 * A stretch of text whose normalised form is a gazetteer key: the raw output of {@link SpanMatcher},
 * before filtering and resolution.
 *
 * @param start      first char (Java String index)
 * @param end        after the last char
 * @param firstToken index of the first token
 * @param lastToken  index of the last token
 * @param key        the normalised lookup key
 * @param demonym    true when the key is a demonym form (stands for a country)
 */
public record Span(int start, int end, int firstToken, int lastToken, String key, boolean demonym) {

    /** Number of tokens. */
    public int tokenCount() {
        return lastToken - firstToken + 1;
    }
}
