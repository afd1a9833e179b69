package org.conflictmap.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of an output folder: {@code .conflictmap.lock}, held with an OS file lock for the whole run,
 * holding the pid of the run. A second run on the same folder is refused (exit 73) with a message naming
 * that pid. The OS releases the lock when the process dies, so a killed run never blocks the next one; the
 * file itself stays (deleting it could let two runs lock two different files).
 */
public final class RunLock implements AutoCloseable {

    /** The lock file name. */
    public static final String FILE = ".conflictmap.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of an output folder, or explains who holds it. */
    public static RunLock acquire(Path outputDir) throws RunException {
        Path file = outputDir.resolve(FILE);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new RunException(ExitCode.CANT_CREATE, "cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            close(ch);
            throw new RunException(ExitCode.CANT_CREATE, "cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            String holder = holder(file);
            close(ch);
            throw new RunException(ExitCode.CANT_CREATE, "another conflictmap run" + holder + " is writing to "
                    + outputDir + "; wait for it to finish or choose another --output (lock file: " + file + ")");
        }
        try {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(false);
        } catch (IOException e) {
            close(ch);
            throw new RunException(ExitCode.CANT_CREATE, "cannot write the lock file " + file + ": " + e.getMessage(), e);
        }
        return new RunLock(ch, lock);
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return pid.matches("\\d{1,10}") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // the lock is released below anyway
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
