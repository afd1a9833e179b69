package org.conflictmap.io;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** Where the running code lives: the folder of the jar (or of the classes folder in a build). */
public final class CodeLocation {

    private CodeLocation() {
    }

    /**
     * The folder holding the jar that {@code type} was loaded from, or the classes folder itself when it was
     * not loaded from a jar; null when the code source is unknown (an unusual class loader).
     */
    public static Path directoryOf(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return null;
            }
            Path p = Path.of(cs.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(p) ? p.getParent() : p;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
