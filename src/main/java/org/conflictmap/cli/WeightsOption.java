package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.ResolverWeights;
import picocli.CommandLine.Option;

/** The {@code --weights FILE} option shared by the geoparsing commands. */
final class WeightsOption {

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Resolver weights file ('name = value' lines, as written by 'conflictmap train';"
                    + " weights it leaves out keep their default). Default: the built-in weights.")
    private Path path;

    /**
     * The geoparser over {@code fixed} (tests), else over the {@code --gazetteer} one, with these weights; null
     * (after printing why) when the weights or the gazetteer cannot be read.
     */
    GazetteerGeoparser geoparser(GazetteerOption gazetteer, Gazetteer fixed, PrintStream err) {
        ResolverWeights weights = load(err);
        if (weights == null) {
            return null;
        }
        Gazetteer gaz = fixed != null ? fixed : gazetteer.open(err);
        return gaz == null ? null : GazetteerGeoparser.create(gaz, weights);
    }

    /** The weights: the file's, or the defaults without --weights; null (after printing why) when unreadable. */
    ResolverWeights load(PrintStream err) {
        if (path == null) {
            return ResolverWeights.DEFAULTS;
        }
        try {
            return ResolverWeights.load(path);
        } catch (IOException e) {
            err.println("conflictmap: cannot read weights file " + path + ": " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            err.println("conflictmap: bad weights file " + e.getMessage());
            return null;
        }
    }
}
