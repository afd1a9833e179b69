package org.conflictmap.gazetteer.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A UTF-8 text source: a plain file, or the entry named {@code entryName} inside a .zip.
 * Malformed UTF-8 is replaced rather than fatal (the row is then usually rejected by its reader).
 */
record LineSource(Path file, String entryName) {

    /** A line handler. */
    @FunctionalInterface
    interface LineHandler {
        void line(long number, String text);
    }

    /** A source for a plain file, or for a zip that holds a file of the same base name with .txt. */
    static LineSource of(Path file) {
        String n = file.getFileName().toString();
        if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return new LineSource(file, n.substring(0, n.length() - 4) + ".txt");
        }
        return new LineSource(file, null);
    }

    /** The name to show in messages ("cities500.zip!cities500.txt"). */
    String label() {
        return entryName == null ? file.toString() : file + "!" + entryName;
    }

    /** A path-like value for reports. */
    Path reportPath() {
        return Path.of(label());
    }

    /** Calls {@code handler} for every line, numbered from 1. */
    void forEachLine(LineHandler handler) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            ZipInputStream zip = null;
            if (entryName != null) {
                zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                    if (!e.isDirectory() && base.equals(entryName)) {
                        break;
                    }
                }
                if (e == null) {
                    throw new IOException(file + ": zip has no entry " + entryName);
                }
                in = zip;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                handler.line(++n, line);
            }
        }
    }
}
