package org.conflictmap.cli;

/**
 * A fast reader for the common shape of a geoparse input line: one flat JSON object whose members are
 * strings or null ({@code {"id":"...","lang":"fr","text":"...","date":"..."}}). It answers only when the
 * line is exactly that (each member once, standard escapes, nothing after the object but spaces) and
 * gives up (null) on anything else, so that the caller then reads the line with Jackson and every other
 * case, errors included, behaves as Jackson makes it. Stateless.
 */
final class JsonlFields {

    /** The members the geoparser uses; a null {@code id} or {@code lang} is absent or JSON null. */
    record Fields(String id, String text, String lang) {
    }

    private final String s;
    private int pos;

    private JsonlFields(String s) {
        this.s = s;
    }

    /** The fields of {@code json}, or null when the line is not of the simple shape (or has no text string). */
    static Fields read(String json) {
        return new JsonlFields(json).object();
    }

    private Fields object() {
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
            } else if (s.startsWith("null", pos)) {
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
        if (pos != s.length() || text == null) {
            return null;
        }
        return new Fields(id, text, lang);
    }

    /** The rest of a string whose opening quote was read; null on anything unusual. */
    private String string() {
        int from = pos;
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                pos = i + 1;
                return s.substring(from, i);
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                return null;
            }
            i++;
        }
        if (i >= n) {
            return null;
        }
        StringBuilder b = new StringBuilder(n - from);
        b.append(s, from, i);
        while (i < n) {
            char c = s.charAt(i++);
            if (c == '"') {
                pos = i;
                return b.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= n) {
                return null;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > n) {
                        return null;
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = hex(s.charAt(i + k));
                        if (d < 0) {
                            return null;
                        }
                        v = v << 4 | d;
                    }
                    i += 4;
                    b.append((char) v);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private boolean take(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            pos++;
        }
    }
}
