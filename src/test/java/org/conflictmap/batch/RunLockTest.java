package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path tmp;

    @Test
    void secondLockIsRefusedWithThePidAndFreedOnClose() throws Exception {
        long pid = ProcessHandle.current().pid();
        try (RunLock first = RunLock.acquire(tmp)) {
            assertEquals(pid + "\n", Files.readString(tmp.resolve(RunLock.FILE)));
            RunException e = assertThrows(RunException.class, () -> RunLock.acquire(tmp));
            assertEquals(ExitCode.CANT_CREATE, e.exitCode());
            assertTrue(e.getMessage().contains("(pid " + pid + ")"), e.getMessage());
        }
        try (RunLock again = RunLock.acquire(tmp)) {
            assertTrue(Files.exists(tmp.resolve(RunLock.FILE)));
        }
    }

    @Test
    void aLeftoverLockFileDoesNotBlock() throws Exception {
        // what a killed run leaves behind: the file with its pid, but no OS lock
        Files.writeString(tmp.resolve(RunLock.FILE), "999999\n");
        try (RunLock lock = RunLock.acquire(tmp)) {
            assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(tmp.resolve(RunLock.FILE)));
        }
    }

    @Test
    void anotherProcessHoldingTheLockBlocks() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java, "-cp", cp, LockHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new String(p.getInputStream().readNBytes(6));
            assertEquals("LOCKED", line);
            RunException e = assertThrows(RunException.class, () -> RunLock.acquire(out));
            assertTrue(e.getMessage().contains("(pid " + p.pid() + ")"), e.getMessage());
        } finally {
            p.destroyForcibly().waitFor();
        }
        // the holder was killed: its OS lock is gone
        try (RunLock lock = RunLock.acquire(out)) {
            assertTrue(Files.exists(out.resolve(RunLock.FILE)));
        }
    }

    /** Holds the lock of the folder given as argument until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            RunLock lock = RunLock.acquire(Path.of(args[0]));
            System.out.print("LOCKED");
            System.out.flush();
            Thread.sleep(60_000);
            lock.close();
        }
    }
}
