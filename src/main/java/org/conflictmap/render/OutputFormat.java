package org.conflictmap.render;

import java.nio.file.Path;
import java.util.Locale;

/** Image output formats of {@link ImageExporter}. */
public enum OutputFormat {
    PNG, SVG, PDF;

    /** Lower-case file extension without the dot ("png", "svg", "pdf"). */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named by a file's extension (case-insensitive). */
    public static OutputFormat fromPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (OutputFormat f : values()) {
                if (f.extension().equals(ext)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException(path + ": unknown image format (use .png, .svg or .pdf)");
    }

    /** Parses "png", "svg" or "pdf" (case-insensitive). */
    public static OutputFormat parse(String s) {
        for (OutputFormat f : values()) {
            if (f.extension().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown image format '" + s + "' (use png, svg or pdf)");
    }
}
