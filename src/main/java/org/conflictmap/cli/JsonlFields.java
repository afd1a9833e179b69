package org.conflictmap.cli;

/**
 * A fast reader for the common shape of a geoparse input line: one flat JSON object whose members are
 * strings or null ({@code {"id":"...","lang":"fr","text":"...","date":"..."}}). It answers only when the
 * line is exactly that (each member once, standard escapes, nothing after the object but spaces) and
 * gives up (null) on anything else, so that the caller then reads the line with Jackson and every other
 * case, errors included, behaves as Jackson makes it. Stateless.
 */
final class JsonlFields extends FlatJsonObject {

    /** The members the geoparser uses; a null {@code id} or {@code lang} is absent or JSON null. */
    record Fields(String id, String text, String lang) {
    }

    /** The line's chars: the scanning loops compile to one code for every line, whatever its script. */
    private final char[] s;

    private JsonlFields(char[] s) {
        super(s.length);
        this.s = s;
    }

    /** The fields of {@code json}, or null when the line is not of the simple shape (or has no text string). */
    static Fields read(String json) {
        return new JsonlFields(json.toCharArray()).object();
    }

    @Override
    protected int at(int i) {
        return s[i];
    }

    /** The rest of a string whose opening quote was read; null on anything unusual. */
    @Override
    protected String string() {
        int from = pos;
        int i = plainRun(from);
        if (i >= n) {
            return null;
        }
        if (s[i] == '"') {
            pos = i + 1;
            return new String(s, from, i - from);
        }
        if (s[i] != '\\') {
            return null;
        }
        // escapes: runs of plain chars are copied whole, each escape decoded
        char[] out = new char[n - from];
        int len = 0;
        while (true) {
            System.arraycopy(s, from, out, len, i - from);
            len += i - from;
            if (i >= n) {
                return null;
            }
            char c = s[i++];
            if (c == '"') {
                pos = i;
                return new String(out, 0, len);
            }
            if (c != '\\' || i >= n) {
                return null;
            }
            char e = s[i++];
            switch (e) {
                case '"', '\\', '/' -> out[len++] = e;
                case 'b' -> out[len++] = '\b';
                case 'f' -> out[len++] = '\f';
                case 'n' -> out[len++] = '\n';
                case 'r' -> out[len++] = '\r';
                case 't' -> out[len++] = '\t';
                case 'u' -> {
                    if (i + 4 > n) {
                        return null;
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = hex(s[i + k]);
                        if (d < 0) {
                            return null;
                        }
                        v = v << 4 | d;
                    }
                    i += 4;
                    out[len++] = (char) v;
                }
                default -> {
                    return null;
                }
            }
            from = i;
            i = plainRun(i);
        }
    }

    /** The end of the run of chars from {@code i} on that a string holds as they are (no quote, backslash, control). */
    private int plainRun(int i) {
        while (i < n) {
            char c = s[i];
            if (c == '"' || c == '\\' || c < 0x20) {
                return i;
            }
            i++;
        }
        return i;
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
}
