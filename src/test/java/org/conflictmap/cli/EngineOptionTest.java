package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line works where Spark is absent (the runnable jar): help and local runs never load a
 * Spark class, and {@code --engine spark} says what to do instead of failing with a linkage error.
 */
class EngineOptionTest {

    @TempDir
    Path tmp;

    /** Loads the project's classes afresh and refuses every Spark or Scala class, recording the attempts. */
    static final class NoSparkLoader extends URLClassLoader {
        final List<String> refused = Collections.synchronizedList(new ArrayList<>());

        NoSparkLoader(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.apache.spark.") || name.startsWith("scala.")) {
                refused.add(name);
                throw new ClassNotFoundException(name);
            }
            if (name.startsWith("org.conflictmap.")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    private static int execute(NoSparkLoader loader, StringWriter err, String... args) throws Exception {
        CommandLine cl = (CommandLine) loader.loadClass("org.conflictmap.cli.Main").getMethod("commandLine")
                .invoke(null);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        PrintStream oldErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            return cl.execute(args);
        } finally {
            System.setErr(oldErr);
            err.write(logged.toString(StandardCharsets.UTF_8));
        }
    }

    private static NoSparkLoader loader() {
        URL classes = Main.class.getProtectionDomain().getCodeSource().getLocation();
        return new NoSparkLoader(classes, EngineOptionTest.class.getClassLoader());
    }

    @Test
    void helpNeverLoadsSpark() throws Exception {
        try (NoSparkLoader l = loader()) {
            assertEquals(0, execute(l, new StringWriter(), "--help"));
            assertEquals(0, execute(l, new StringWriter(), "run", "--help"));
            assertEquals(List.of(), l.refused);
        }
    }

    @Test
    void sparkEngineWithoutSparkIsAConfigurationErrorThatSaysWhatToDo() throws Exception {
        Path in = Files.writeString(tmp.resolve("a.txt"), "Des combats près de Stepanakert.");
        try (NoSparkLoader l = loader()) {
            StringWriter err = new StringWriter();
            int rc = execute(l, err, "run", "--engine", "spark", "--input", in.toString(), "--output",
                    tmp.resolve("out").toString(), "--gazetteer", tmp.resolve("none.bin").toString());
            assertEquals(78, rc, err.toString());
            assertTrue(err.toString().contains("needs Apache Spark"), err.toString());
            assertTrue(l.refused.contains("org.apache.spark.SparkContext"), l.refused.toString());
        }
    }

    @Test
    void theLocalEngineRefusesHadoopUrisWithAConfigurationErrorThatSaysWhatToDo() throws Exception {
        try (NoSparkLoader l = loader()) {
            StringWriter err = new StringWriter();
            int rc = execute(l, err, "run", "--input", "hdfs://namenode:8020/news/2020-*.jsonl", "--output",
                    tmp.resolve("out").toString(), "--gazetteer", tmp.resolve("none.bin").toString());
            assertEquals(78, rc, err.toString());
            assertTrue(err.toString().contains("hdfs://namenode:8020/news/2020-*.jsonl")
                    && err.toString().contains("--engine spark"), err.toString());
            assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
            assertEquals(List.of(), l.refused);
        }
    }

    @Test
    void engineIsValidatedByTheCommandLine() throws Exception {
        try (NoSparkLoader l = loader()) {
            StringWriter err = new StringWriter();
            assertEquals(2, execute(l, err, "run", "--engine", "hadoop"));
            assertTrue(err.toString().contains("local, spark") || err.toString().contains("LOCAL, SPARK"),
                    err.toString());
        }
    }
}
