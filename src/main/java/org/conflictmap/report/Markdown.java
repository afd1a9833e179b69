package org.conflictmap.report;

/** The one Markdown escaping helper of the report (report.md): data text never becomes markup or raw HTML. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Escapes inline text: emphasis, code, link and table punctuation is backslash-escaped, &lt; &gt; &amp; become
     * entities (so no raw HTML gets through), a leading block marker (# - + = or "1.") is escaped, lines are joined.
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> sb.append('\\').append(c);
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c < 0x20 ? ' ' : c);
            }
        }
        if (sb.length() > 0 && "#-+=".indexOf(sb.charAt(0)) >= 0) {
            sb.insert(0, '\\');
        }
        int d = 0;
        while (d < sb.length() && Character.isDigit(sb.charAt(d))) {
            d++;
        }
        if (d > 0 && d < sb.length() && (sb.charAt(d) == '.' || sb.charAt(d) == ')')) {
            sb.insert(d, '\\');
        }
        return sb.toString();
    }

    /** A relative link target: spaces and parentheses percent-encoded; anything with a scheme becomes "#". */
    public static String link(String relativePath) {
        return Html.href(relativePath);
    }
}
