package org.conflictmap.geoparse;

/** News datelines: where a story was filed, a strong sign that a name there is a place. Stateless. */
final class Datelines {

    private Datelines() {
    }

    /**
     * A news dateline: a name in capitals that starts a line (or the text) and is followed by a comma, a dash
     * or an opening bracket ("ALBANY —", "JACKSON, Miss.", "KYIV (Reuters)").
     */
    static boolean isDateline(Tokens t, Span s) {
        if ((t.flags(s.firstToken()) & Tokens.ALL_CAPS) == 0 || (t.flags(s.lastToken()) & Tokens.ALL_CAPS) == 0) {
            return false;
        }
        String text = t.text();
        int k = s.start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        if (k >= 0 && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
            return false;
        }
        int e = s.end();
        while (e < text.length() && text.charAt(e) == ' ') {
            e++;
        }
        if (e >= text.length()) {
            return false;
        }
        char c = text.charAt(e);
        return c == ',' || c == '\u2014' || c == '\u2013' || c == '(' || c == '-' && e > s.end();
    }
}
