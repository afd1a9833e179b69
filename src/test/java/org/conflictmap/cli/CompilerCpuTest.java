package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerCpuTest {

    private static String stat(int tid, String name, long utime, long stime) {
        return tid + " (" + name + ") S 1 1 1 0 -1 1077936192 5 0 0 0 " + utime + " " + stime
                + " 0 0 20 0 30 0 100 0 0 0\n";
    }

    @Test
    void readsUserAndSystemTicksOfCompilerThreadsOnly() {
        assertEquals(1234 + 56, CompilerCpu.compilerTicks(stat(7, "C2 CompilerThre", 1234, 56)));
        assertEquals(9, CompilerCpu.compilerTicks(stat(8, "C1 CompilerThre", 4, 5)));
        assertEquals(-1, CompilerCpu.compilerTicks(stat(9, "GC Thread#0", 400, 5)));
        // a thread name with spaces and parentheses ends at the last ')'
        assertEquals(-1, CompilerCpu.compilerTicks(stat(10, "my (odd) thread", 1, 1)));
        assertEquals(-1, CompilerCpu.compilerTicks("garbage"));
    }

    @Test
    void sumsTheCompilerThreadsOfATaskFolderInMilliseconds(@TempDir Path tasks) throws Exception {
        write(tasks, 1, stat(1, "java", 500, 10));
        write(tasks, 2, stat(2, "C2 CompilerThre", 150, 50));
        write(tasks, 3, stat(3, "C1 CompilerThre", 20, 0));
        write(tasks, 4, stat(4, "C2 CompilerThre", 30, 0));
        assertEquals((150 + 50 + 20 + 30) * 10, CompilerCpu.threadsMillis(tasks));
    }

    @Test
    void noCompilerThreadOrNoFolderIsUnknown(@TempDir Path tasks) throws Exception {
        write(tasks, 1, stat(1, "java", 500, 10));
        assertEquals(-1, CompilerCpu.threadsMillis(tasks));
        assertEquals(-1, CompilerCpu.threadsMillis(tasks.resolve("missing")));
    }

    private static void write(Path tasks, int tid, String stat) throws Exception {
        Path d = Files.createDirectories(tasks.resolve(Integer.toString(tid)));
        Files.writeString(d.resolve("stat"), stat);
    }
}
