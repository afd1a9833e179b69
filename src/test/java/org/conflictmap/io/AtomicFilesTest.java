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

    @Test
    void aPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        assertTrue(AtomicFiles.isSpecial(fifo));
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFiles.write(fifo, out -> out.write("through".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("through", read.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(AtomicFiles.isSpecial(fifo), "still a pipe, not a file renamed over it ('--output /dev/null')");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
