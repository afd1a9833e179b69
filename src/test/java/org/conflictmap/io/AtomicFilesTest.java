package org.conflictmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesCompleteFileReadableByOthers() throws IOException {
        Path f = dir.resolve("sub/out.txt");
        AtomicFiles.writeString(f, "héllo");
        assertEquals("héllo", Files.readString(f));
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ));
        }
    }

    @Test
    void failedWriteLeavesOldContentAndNoTempFile() throws IOException {
        Path f = dir.resolve("out.txt");
        AtomicFiles.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aChannelBodyMayGoBackAndAFailedOneLeavesNothing() throws IOException {
        Path f = dir.resolve("out.bin");
        AtomicFiles.writeChannel(f, ch -> {
            ch.position(4);
            ch.write(ByteBuffer.wrap("body".getBytes(StandardCharsets.US_ASCII)));
            ch.position(0);
            ch.write(ByteBuffer.wrap("head".getBytes(StandardCharsets.US_ASCII)));
        });
        assertEquals("headbody", Files.readString(f));
        assertThrows(IOException.class, () -> AtomicFiles.writeChannel(f, ch -> {
            ch.write(ByteBuffer.wrap("half".getBytes(StandardCharsets.US_ASCII)));
            throw new IOException("disk full");
        }));
        assertEquals("headbody", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
