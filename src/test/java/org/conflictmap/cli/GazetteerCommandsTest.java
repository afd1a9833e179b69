package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictmap.gazetteer.build.GazetteerBuilderTestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GazetteerCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildThenLookupPrintsTsvBestFirst() throws Exception {
        Path from = dir.resolve("from");
        Path data = dir.resolve("data");
        GazetteerBuilderTestFixtures.write(from, data);
        Path out = dir.resolve("gaz");
        Run b = run("gazetteer", "build", "--from", from.toString(), "--data", data.toString(), "--out", out.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.err().contains("malformed rows"), b.err());
        assertTrue(b.err().contains("cities500.txt:6:"), b.err());
        Path bin = out.resolve("gazetteer.bin");
        Run paris = run("gazetteer", "lookup", "Paris", "--gazetteer", bin.toString());
        assertEquals(0, paris.code(), paris.err());
        String[] rows = paris.out().split("\\R");
        assertEquals(3, rows.length);
        assertEquals("2988507\tParis\tP.PPLC\tFR\t11\t48.85341\t2.34880\t2138551", rows[0]);
        Run us = run("gazetteer", "lookup", "Paris", "--country", "us", "--limit", "1", "--gazetteer", bin.toString());
        assertEquals(0, us.code());
        assertTrue(us.out().startsWith("4717560\tParis\tP.PPLA2\tUS\tTX"), us.out());
        Run none = run("gazetteer", "lookup", "Atlantis", "--gazetteer", bin.toString());
        assertEquals(1, none.code());
        assertEquals("", none.out());
        assertTrue(none.err().contains("no place named 'Atlantis'"), none.err());
    }

    @Test
    void missingOrCorruptGazetteerIsAClearError() throws Exception {
        Run missing = run("gazetteer", "lookup", "Paris", "--gazetteer", dir.resolve("none.bin").toString());
        assertEquals(66, missing.code());
        assertTrue(missing.err().contains("not found"), missing.err());
        Path junk = Files.write(dir.resolve("junk.bin"), new byte[1000]);
        Run corrupt = run("gazetteer", "lookup", "Paris", "--gazetteer", junk.toString());
        assertEquals(78, corrupt.code());
        assertTrue(corrupt.err().contains("refused"), corrupt.err());
        Run noSource = run("gazetteer", "build", "--from", dir.resolve("nothing").toString(), "--no-data",
                "--out", dir.resolve("o").toString());
        assertEquals(66, noSource.code());
        assertTrue(noSource.err().contains("nothing"), noSource.err());
    }
}
