package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages write the builder's tiny source fixtures. */
public final class GazetteerBuilderTestFixtures {

    private GazetteerBuilderTestFixtures() {
    }

    /** Writes tiny GeoNames, country-package and project-data sources. */
    public static void write(Path from, Path data) throws IOException {
        GazetteerBuilderTest.writeSources(from, data, false);
    }
}
