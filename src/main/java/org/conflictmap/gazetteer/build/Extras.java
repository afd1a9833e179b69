package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.util.List;

/** The sources applied after GeoNames and the country packages, in a fixed order. */
final class Extras {

    private Extras() {
    }

    static void apply(SourceFiles files, BuildOptions o, BuildModel model, BuildReport report,
                      List<GazetteerBuilder.Used> used) throws IOException {
        ProjectDataReader project = o.dataDir() == null ? null : new ProjectDataReader(model, report, used);
        if (project != null) {
            project.countries(o.dataDir());
        }
        if (project != null) {
            project.places(o.dataDir());
            project.admin1Names(o.dataDir());
        } else {
            report.note("no project data folder: regions, demonyms and informal names not added");
        }
    }
}
