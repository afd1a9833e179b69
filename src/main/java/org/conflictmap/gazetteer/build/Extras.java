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
        NaturalEarthReader ne = new NaturalEarthReader(model, report);
        if (files.neCountries().isPresent()) {
            ne.countries(files.neCountries().get());
            used.add(new GazetteerBuilder.Used("country boxes (Natural Earth)", files.neCountries().get()));
        }
        if (files.neAdmin1().isPresent()) {
            ne.admin1(files.neAdmin1().get());
            used.add(new GazetteerBuilder.Used("admin-1 units (Natural Earth)", files.neAdmin1().get()));
        }
        if (files.gpkg().isPresent() && (files.neCountries().isEmpty() || files.neAdmin1().isEmpty())) {
            report.note(files.gpkg().get() + " found but not exported: run scripts/build-gazetteer.sh (it writes"
                    + " ne_countries.tsv and ne_admin1.tsv with the sqlite3 tool) to add country boxes and admin-1 units");
        }
        if (files.usCounties().isPresent()) {
            new UsCountiesReader(model, report).read(files.usCounties().get());
            used.add(new GazetteerBuilder.Used("US counties", files.usCounties().get()));
        }
        if (project != null) {
            project.places(o.dataDir());
            project.admin1Names(o.dataDir());
            project.admin1Points(o.dataDir());
        } else {
            report.note("no project data folder: regions, demonyms and informal names not added");
        }
    }
}
