package org.conflictmap.cli;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The JIT compiler's work so far, in milliseconds, for telling when a benchmark's warm-up is over. On Linux
 * it is the CPU time of the JVM's compiler threads ("C1 CompilerThread…", "C2 CompilerThread…" in
 * {@code /proc/self/task}), which grows while a long compile is still running; elsewhere the JVM's own
 * total compilation time, which grows only when a compile ends.
 */
final class CompilerCpu {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private CompilerCpu() {
    }

    /** The best available measure, or null when there is none. */
    static LongSupplier millis() {
        if (threadsMillis(TASKS) >= 0) {
            return () -> threadsMillis(TASKS);
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : null;
    }

    /** CPU milliseconds of the compiler threads listed under {@code tasks}, or -1 when it cannot be read. */
    static long threadsMillis(Path tasks) {
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        boolean seen = false;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                } catch (IOException gone) {
                    continue; // the thread ended
                }
                long t = compilerTicks(stat);
                if (t >= 0) {
                    ticks += t;
                    seen = true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return seen ? ticks * 1000 / TICKS_PER_SECOND : -1;
    }

    /**
     * User plus system clock ticks from one {@code /proc/.../stat} line if its thread is a JIT compiler
     * thread, else -1. The name sits in parentheses and may hold spaces; utime and stime are the 14th and
     * 15th fields.
     */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return -1;
        }
        String name = stat.substring(open + 1, close);
        if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
            return -1;
        }
        String[] f = stat.substring(close + 1).trim().split(" +");
        // after the name: state(3) ppid(4) ... utime(14) stime(15), i.e. indexes 11 and 12 here
        if (f.length < 13) {
            return -1;
        }
        try {
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
