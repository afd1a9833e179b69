package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URI inputs: recognised as typed or configured, refused by the local engine with exit 78, listed by a source. */
class InputSourceTest {

    @TempDir
    Path tmp;

    @Test
    void urisAreKeptAsTypedAndLocalPathsStayPaths() throws RunException {
        assertTrue(InputConfig.isUri("hdfs://nn:8020/news/2020-*/"));
        assertTrue(InputConfig.isUri("file:///data/a.jsonl"));
        assertFalse(InputConfig.isUri("C:/data/a.jsonl"));
        assertFalse(InputConfig.isUri("data/a:b.jsonl"));
        RunConfig cfg = RunSetup.resolveArgs(null, List.of("s3a://bucket/news/*.jsonl", "in/../local.jsonl"),
                tmp.resolve("out"), null, null);
        assertEquals("s3a://bucket/news/*.jsonl", cfg.inputs().get(0).uri());
        assertEquals("s3a://bucket/news/*.jsonl", cfg.inputs().get(0).toData().get("path"));
        assertNull(cfg.inputs().get(1).uri());
        assertEquals(Path.of("local.jsonl"), cfg.inputs().get(1).path());
        RunConfig yaml = ConfigLoader.parse("inputs:\n  - hdfs://nn/news\n  - path: file:///srv/x.jsonl\n"
                + "    encoding: auto\n  - rel/a.txt\n", "t.yml", tmp);
        assertEquals("hdfs://nn/news", yaml.inputs().get(0).uri());
        assertEquals("file:///srv/x.jsonl", yaml.inputs().get(1).uri());
        assertEquals("auto", yaml.inputs().get(1).encoding());
        assertEquals(tmp.resolve("rel/a.txt"), yaml.inputs().get(2).path());
    }

    @Test
    void theLocalEngineRefusesUrisWithAConfigurationError() throws IOException {
        Path local = Files.writeString(tmp.resolve("a.txt"), "Des combats près de Stepanakert.");
        RunConfig cfg = TestFixtures.config(tmp.resolve("out"), 1, local)
                .withInputs(List.of(InputConfig.of(local), InputConfig.ofUri("hdfs://nn/news")));
        RunException e = assertThrows(RunException.class, () -> TestFixtures.runner().run(cfg, true));
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("hdfs://nn/news") && e.getMessage().contains("--engine spark"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void anotherSourceListsUriInputsAndGivesTheirFacts() throws IOException, RunException {
        Path local = Files.writeString(tmp.resolve("a.txt"), "Des combats près de Stepanakert.");
        InputConfig uri = InputConfig.ofUri("mem://x/folder");
        InputSource source = new InputSource() {
            @Override
            public List<InputFiles.InputFile> files(InputConfig in) {
                return List.of(new InputFiles.InputFile(null, in.uri() + "/b.txt", "b.txt", in),
                        new InputFiles.InputFile(null, in.uri() + "/b.txt", "b.txt", in));
            }

            @Override
            public Facts facts(InputFiles.InputFile f) throws IOException {
                return f.path() == null ? new Facts("00", 7) : InputSource.LOCAL.facts(f);
            }
        };
        RunConfig cfg = TestFixtures.config(tmp.resolve("out"), 1, local)
                .withInputs(List.of(InputConfig.of(local), uri));
        List<InputFiles.InputFile> files = RunInputs.files(cfg, source);
        assertEquals(List.of(local.toString().replace('\\', '/'), "mem://x/folder/b.txt"),
                files.stream().map(InputFiles.InputFile::name).toList(), "a file listed twice is read once");
        assertEquals(new InputSource.Facts("00", 7), source.facts(files.get(1)));
        assertEquals(Files.size(local), source.facts(files.get(0)).size());
    }
}
