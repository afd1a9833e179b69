package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolVersionTest {

    @TempDir
    Path tmp;

    @Test
    void buildIsAStableSha256OfTheRunningCode() {
        String b = ToolVersion.build();
        assertTrue(b.matches("[0-9a-f]{64}"), b);
        assertEquals(b, ToolVersion.build());
    }

    @Test
    void codeHashOfAFolderChangesWithAnyFileOrName() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes/org/x"));
        Files.writeString(classes.resolve("A.class"), "one", StandardCharsets.UTF_8);
        Files.writeString(classes.resolve("B.class"), "two", StandardCharsets.UTF_8);
        Path root = tmp.resolve("classes");
        String h = ToolVersion.codeHash(root);
        assertEquals(h, ToolVersion.codeHash(root));
        Files.writeString(classes.resolve("B.class"), "tw0", StandardCharsets.UTF_8);
        String changed = ToolVersion.codeHash(root);
        assertNotEquals(h, changed);
        Files.move(classes.resolve("B.class"), classes.resolve("C.class"));
        assertNotEquals(changed, ToolVersion.codeHash(root));
        // a jar is hashed as one file
        Path jar = Files.writeString(tmp.resolve("x.jar"), "jar bytes", StandardCharsets.UTF_8);
        assertEquals(Hashing.sha256(jar), ToolVersion.codeHash(jar));
    }
}
