package org.conflictmap.export;

/**
 * Makes text safe as a CSV cell for spreadsheet users: a cell that starts with = + - @ (or a tab or
 * carriage return) would be run as a formula by Excel/LibreOffice, so it gets a leading apostrophe.
 * Quoting itself is Commons CSV's job.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell text, neutralised when it could be read as a formula; null becomes "". */
    public static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + s;
        }
        return s;
    }

    /** Inverse of {@link #safe} for values this tool wrote (a leading apostrophe before a formula char). */
    public static String unsafe(String s) {
        if (s != null && s.length() > 1 && s.charAt(0) == '\'') {
            char c = s.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return s.substring(1);
            }
        }
        return s;
    }
}
