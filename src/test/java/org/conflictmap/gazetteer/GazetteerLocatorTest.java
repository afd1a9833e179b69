package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerLocatorTest {

    @TempDir
    Path dir;

    private Path touch(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void explicitBeatsEnvBeatsWorkingDirBeatsJarFolder() throws IOException {
        Path explicit = touch(dir.resolve("explicit.bin"));
        Path env = touch(dir.resolve("env.bin"));
        Path work = dir.resolve("work");
        Path local = touch(work.resolve("gazetteer/gazetteer.bin"));
        Path project = dir.resolve("project");
        Path nearJar = touch(project.resolve("gazetteer/gazetteer.bin"));
        Path jarDir = project.resolve("target");
        Map<String, String> withEnv = Map.of(GazetteerLocator.ENV, env.toString());
        assertEquals(explicit, new GazetteerLocator(withEnv, work, jarDir).locate(explicit));
        assertEquals(env, new GazetteerLocator(withEnv, work, jarDir).locate(null));
        assertEquals(local, new GazetteerLocator(Map.of(), work, jarDir).locate(null));
        assertEquals(nearJar, new GazetteerLocator(Map.of(), dir.resolve("elsewhere"), jarDir).locate(null));
    }

    @Test
    void missingFileIsAClearError() {
        var locator = new GazetteerLocator(Map.of(), dir, dir.resolve("target"));
        String msg = assertThrows(GazetteerLocator.GazetteerNotFoundException.class, () -> locator.locate(null))
                .getMessage();
        assertTrue(msg.contains("gazetteer build"), msg);
        assertTrue(msg.contains(GazetteerLocator.ENV), msg);
        var envLocator = new GazetteerLocator(Map.of(GazetteerLocator.ENV, dir.resolve("none.bin").toString()), dir, null);
        assertTrue(assertThrows(GazetteerLocator.GazetteerNotFoundException.class, () -> envLocator.locate(null))
                .getMessage().contains("none.bin"));
        assertThrows(GazetteerLocator.GazetteerNotFoundException.class, () -> locator.locate(dir.resolve("no.bin")));
    }
}
