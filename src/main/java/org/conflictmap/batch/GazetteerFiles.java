package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.conflictmap.gazetteer.GazetteerFormatException;
import org.conflictmap.gazetteer.GazetteerLocator;
import org.conflictmap.gazetteer.MappedGazetteer;

/**
 * Opens the compiled gazetteer of a run: the configured file, else {@code $CONFLICTMAP_GAZETTEER}, else
 * {@code gazetteer/gazetteer.bin} here or above the jar (see {@link GazetteerLocator}). No file found is
 * exit 66; an unreadable or damaged file is exit 74.
 */
public final class GazetteerFiles implements LoadedGazetteer.Provider {

    private final GazetteerLocator locator;

    public GazetteerFiles() {
        this(new GazetteerLocator());
    }

    public GazetteerFiles(GazetteerLocator locator) {
        this.locator = locator;
    }

    @Override
    public LoadedGazetteer load(Path configured) throws RunException {
        Path file;
        try {
            file = locator.locate(configured);
        } catch (GazetteerLocator.GazetteerNotFoundException e) {
            throw new RunException(ExitCode.NO_INPUT, e.getMessage(), e);
        }
        try {
            String sha = Hashing.sha256(file);
            return new LoadedGazetteer(MappedGazetteer.open(file), file, sha);
        } catch (GazetteerFormatException e) {
            throw new RunException(ExitCode.IO_ERR, "unusable gazetteer " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RunException(ExitCode.IO_ERR, "cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
    }
}
