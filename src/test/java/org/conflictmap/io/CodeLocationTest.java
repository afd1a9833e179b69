package org.conflictmap.io;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CodeLocationTest {

    @Test
    void aProjectClassLivesInAFolderThatHoldsItsPackage() throws java.io.IOException {
        Path dir = CodeLocation.directoryOf(CodeLocation.class);
        assertTrue(dir != null && Files.isDirectory(dir), String.valueOf(dir));
        // in a build the classes folder itself (holding org/conflictmap/io), from a jar the jar's folder
        assertTrue(Files.isDirectory(dir.resolve("org/conflictmap/io"))
                || Files.list(dir).anyMatch(p -> p.toString().endsWith(".jar")), dir.toString());
    }

    @Test
    void aBootstrapClassHasNoKnownLocation() {
        assertNull(CodeLocation.directoryOf(String.class));
    }
}
