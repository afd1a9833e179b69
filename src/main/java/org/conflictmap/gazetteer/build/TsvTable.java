package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A project data TSV: UTF-8, tab-separated, '#' comment lines, the first other line is the header.
 * Rows are handed out as column-name maps; short rows are reported as malformed.
 */
final class TsvTable {

    /** A row handler; throw {@link IllegalArgumentException} to reject the row with a reason. */
    @FunctionalInterface
    interface RowHandler {
        void row(long line, Map<String, String> row);
    }

    private TsvTable() {
    }

    /**
     * Reads {@code file}, requiring the header to hold {@code required} columns.
     *
     * @return number of rows accepted
     */
    static int read(Path file, BuildReport report, String[] required, RowHandler handler) throws IOException {
        String[][] header = {null};
        int[] accepted = {0};
        LineSource src = LineSource.of(file);
        src.forEachLine((n, line) -> {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t", -1);
            if (header[0] == null) {
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim().toLowerCase(Locale.ROOT);
                }
                header[0] = f;
                for (String r : required) {
                    if (!java.util.Arrays.asList(f).contains(r)) {
                        throw new IllegalArgumentException(file + ":" + n + ": header lacks column '" + r
                                + "' (expected " + String.join(", ", required) + ")");
                    }
                }
                return;
            }
            if (f.length < required.length) {
                report.malformed(file, n, "expected " + header[0].length + " tab-separated columns, found " + f.length);
                return;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header[0].length; i++) {
                row.put(header[0][i], i < f.length ? f[i].trim() : "");
            }
            try {
                handler.row(n, row);
                accepted[0]++;
            } catch (IllegalArgumentException e) {
                report.malformed(file, n, e.getMessage());
            }
        });
        return accepted[0];
    }

    /** A required non-empty value. */
    static String need(Map<String, String> row, String column) {
        String v = row.getOrDefault(column, "");
        if (v.isEmpty()) {
            throw new IllegalArgumentException("empty " + column);
        }
        return v;
    }

    /** A required number. */
    static double number(Map<String, String> row, String column, double min, double max) {
        String v = need(row, column);
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new IllegalArgumentException(column + " out of range: " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + column + ": " + v);
        }
    }
}
