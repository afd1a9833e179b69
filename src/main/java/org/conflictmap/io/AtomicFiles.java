package org.conflictmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way conflictmap writes an output file: into a temporary sibling, then an atomic rename,
 * so a killed run never leaves a half-written file behind.
 */
public final class AtomicFiles {

    /** Writes the content produced by {@code body}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content through a seekable channel, for formats that fill in a header last. */
    @FunctionalInterface
    public interface ChannelBody {
        void writeTo(SeekableByteChannel channel) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code path} atomically with what {@code body} produces; parent folders are created. A path that
     * names an existing device, pipe or socket ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written
     * straight into: renaming a file over it would replace the device.
     */
    public static void write(Path path, Body body) throws IOException {
        if (isSpecial(path)) {
            try (OutputStream out = Files.newOutputStream(path)) {
                body.writeTo(out);
            }
            return;
        }
        writeVia(path, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
        });
    }

    /**
     * Like {@link #write(Path, Body)}, the body writing through a channel it may seek in (into a temporary file
     * first, then copied, when the path names a device or pipe).
     */
    public static void writeChannel(Path path, ChannelBody body) throws IOException {
        if (isSpecial(path)) {
            Path tmp = Files.createTempFile("conflictmap-", ".tmp");
            try {
                try (SeekableByteChannel ch = Files.newByteChannel(tmp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    body.writeTo(ch);
                }
                try (OutputStream out = Files.newOutputStream(path)) {
                    Files.copy(tmp, out);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return;
        }
        writeVia(path, tmp -> {
            try (SeekableByteChannel ch = Files.newByteChannel(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                body.writeTo(ch);
            }
        });
    }

    private interface TempWriter {
        void write(Path tmp) throws IOException;
    }

    private static void writeVia(Path path, TempWriter writer) throws IOException {
        Path target = path.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            makeReadable(tmp);
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** True when {@code path} exists and is not a regular file or folder (links followed): a device, pipe, socket. */
    static boolean isSpecial(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /** Temp files are created owner-only; outputs are meant to be shared like any other file (rw-r--r--). */
    private static void makeReadable(Path tmp) throws IOException {
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes bytes atomically. */
    public static void write(Path path, byte[] bytes) throws IOException {
        write(path, out -> out.write(bytes));
    }

    /** Writes UTF-8 text atomically. */
    public static void writeString(Path path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Like {@link #writeString} but for lambdas that cannot throw checked exceptions. */
    public static void writeStringUnchecked(Path path, String text) {
        try {
            writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
