package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GazetteerLocator;
import picocli.CommandLine.Option;

/** The {@code --gazetteer PATH} option shared by the geoparsing commands. */
final class GazetteerOption {

    @Option(names = "--gazetteer", paramLabel = "PATH",
            description = "Compiled gazetteer (default: $" + GazetteerLocator.ENV + ", else gazetteer/gazetteer.bin).")
    private Path path;

    /** Opens the gazetteer, or prints why it cannot and returns null. */
    Gazetteer open(PrintStream err) {
        try {
            return new GazetteerLocator().open(path);
        } catch (GazetteerLocator.GazetteerNotFoundException e) {
            err.println("conflictmap: " + e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            err.println("conflictmap: cannot open gazetteer: " + e.getMessage());
            return null;
        }
    }
}
