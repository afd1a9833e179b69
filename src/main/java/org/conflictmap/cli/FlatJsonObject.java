package org.conflictmap.cli;

/**
 * The shape that {@link JsonlFields} and {@link JsonlBytes} accept, read once for both: one flat JSON object
 * whose members are strings or null, each of "id", "text" and "lang" at most once, nothing after it but
 * spaces. A subclass holds the line (chars or UTF-8 bytes) and reads its strings; any other shape gives null.
 */
abstract class FlatJsonObject {

    /** Length of the line. */
    protected int n;
    /** Read position. */
    protected int pos;

    protected FlatJsonObject(int n) {
        this.n = n;
    }

    /** Starts reading a new line of {@code n} chars (or bytes) from its beginning. */
    protected final void restart(int n) {
        this.n = n;
        pos = 0;
    }

    /** The char (or byte) at {@code i}, for the object's punctuation and the null literal. */
    protected abstract int at(int i);

    /** The string whose opening quote was just taken, decoded, with {@link #pos} after its closing quote; or null. */
    protected abstract String string();

    /** The object's fields, or null when the line is not of the flat shape or has no text string. */
    final JsonlFields.Fields object() {
        skipSpace();
        if (!take('{')) {
            return null;
        }
        String id = null;
        String text = null;
        String lang = null;
        boolean seenId = false;
        boolean seenLang = false;
        skipSpace();
        if (take('}')) {
            return null;
        }
        while (true) {
            skipSpace();
            if (!take('"')) {
                return null;
            }
            String name = string();
            if (name == null) {
                return null;
            }
            skipSpace();
            if (!take(':')) {
                return null;
            }
            skipSpace();
            String value;
            if (take('"')) {
                value = string();
                if (value == null) {
                    return null;
                }
            } else if (pos + 4 <= n && at(pos) == 'n' && at(pos + 1) == 'u' && at(pos + 2) == 'l' && at(pos + 3) == 'l') {
                pos += 4;
                value = null;
            } else {
                return null;
            }
            switch (name) {
                case "id" -> {
                    if (seenId) {
                        return null;
                    }
                    seenId = true;
                    id = value;
                }
                case "text" -> {
                    if (text != null || value == null) {
                        return null;
                    }
                    text = value;
                }
                case "lang" -> {
                    if (seenLang) {
                        return null;
                    }
                    seenLang = true;
                    lang = value;
                }
                default -> {
                    // another member (date, title): not used
                }
            }
            skipSpace();
            if (take(',')) {
                continue;
            }
            if (!take('}')) {
                return null;
            }
            break;
        }
        skipSpace();
        if (pos != n || text == null) {
            return null;
        }
        return new JsonlFields.Fields(id, text, lang);
    }

    private boolean take(char c) {
        if (pos < n && at(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < n) {
            int c = at(pos);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            pos++;
        }
    }
}
