package org.conflictmap.events;

/**
 * A sentence of a text: {@code text.substring(start, end)}.
 *
 * @param start offset of the first char
 * @param end   offset after the last char
 * @param text  the sentence, with inner line breaks turned into spaces
 */
public record Sentence(int start, int end, String text) {

    /** True when the offset lies within this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
