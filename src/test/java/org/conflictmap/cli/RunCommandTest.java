package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    @TempDir
    Path tmp;

    private int run(String... args) {
        return new CommandLine(new RunCommand(log -> TestFixtures.runner(List.of()))).execute(args);
    }

    private Path input(String... lines) throws Exception {
        Path in = tmp.resolve("in/a.txt");
        Files.createDirectories(in.getParent());
        Files.writeString(in, String.join("\n", lines) + "\n");
        return in.getParent();
    }

    @Test
    void exitCodes() throws Exception {
        Path in = input("2020-10-04|Fighting in Stepanakert");
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.OK, run("--input", in.toString(), "--output", out.toString()));
        assertTrue(Files.isRegularFile(out.resolve("events.csv")));

        assertEquals(ExitCode.NO_INPUT, run("--input", tmp.resolve("missing").toString(), "--output", out.toString()));

        Path badCfg = tmp.resolve("bad.yml");
        Files.writeString(badCfg, "inputs: [in]\noutptu: out\n");
        assertEquals(ExitCode.CONFIG, run("--config", badCfg.toString()));
        assertEquals(ExitCode.CONFIG, run("--input", in.toString(), "--threads", "-3"));

        Path file = tmp.resolve("plain-file");
        Files.writeString(file, "x");
        assertEquals(ExitCode.CANT_CREATE, run("--input", in.toString(), "--output", file.resolve("sub").toString()));

        input("2020-10-04|Fighting in Stepanakert", "garbage line");
        assertEquals(ExitCode.DATA_ERR, run("--input", in.toString(), "--output", out.toString()));
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path in = input("2020-10-04|Fighting in Stepanakert");
        Path out = tmp.resolve("dry");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCode.OK, run("--input", in.toString(), "--output", out.toString(), "--dry-run"));
        } finally {
            System.setOut(old);
        }
        assertFalse(Files.exists(out));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("a.txt"), buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateReportsProblemsWithLines() throws Exception {
        Path good = tmp.resolve("good.yml");
        Files.writeString(good, "inputs: [in]\noutput: out\n");
        Path bad = tmp.resolve("bad.yml");
        Files.writeString(bad, "inputs: [in]\nevents:\n  min_confidence: 2\n");
        assertEquals(ExitCode.OK, new CommandLine(new ValidateCommand(List.of())).execute("--config", good.toString()));
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCode.CONFIG,
                    new CommandLine(new ValidateCommand(List.of())).execute("--config", bad.toString()));
        } finally {
            System.setErr(old);
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("bad.yml:3: 'events.min_confidence'"),
                buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateSaysUriInputsAreForSparkInsteadOfNotFound() throws Exception {
        Path cfg = tmp.resolve("uri.yml");
        Files.writeString(cfg, "inputs: [\"hdfs://nn/news/*.jsonl\", missing-folder]\noutput: out\n");
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCode.OK, new CommandLine(new ValidateCommand(List.of())).execute("--config", cfg.toString()));
        } finally {
            System.setErr(old);
        }
        String err = buf.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("hdfs://nn/news/*.jsonl is a URI: only the Spark engine reads it"), err);
        assertFalse(err.contains("input not found: hdfs"), err);
        assertTrue(err.contains("input not found: ") && err.contains("missing-folder"), err);
    }

    @Test
    void helpListsTheExitCodes() {
        String usage = new CommandLine(new RunCommand(log -> TestFixtures.runner(List.of()))).getUsageMessage();
        for (String code : List.of("65", "66", "73", "74", "78")) {
            assertTrue(usage.contains("  " + code + "  "), code);
        }
    }
}
