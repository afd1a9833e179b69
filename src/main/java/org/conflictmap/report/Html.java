package org.conflictmap.report;

/**
 * The one HTML escaping helper of the report: everything that comes from data (article text, names, file names)
 * goes through {@link #text} or {@link #attr} where it lands; links go through {@link #href}.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text content: &amp; &lt; &gt; (and quotes, so the result is also safe in attributes). */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append(' '); // control characters are not allowed in HTML text
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Escapes an attribute value (to be written inside double quotes); also escapes backticks and '='. */
    public static String attr(String s) {
        String t = text(s);
        if (t.indexOf('`') < 0 && t.indexOf('=') < 0) {
            return t;
        }
        return t.replace("`", "&#96;").replace("=", "&#61;");
    }

    /**
     * A safe href for a relative link to a local file: path segments percent-encoded, no scheme (so no
     * {@code javascript:}), no query; returns "#" for anything else.
     */
    public static String href(String relativePath) {
        if (relativePath == null || relativePath.isEmpty() || relativePath.contains(":")
                || relativePath.startsWith("/") || relativePath.startsWith("\\")) {
            return "#";
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : relativePath.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '/' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
