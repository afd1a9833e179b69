package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictmap.gazetteer.CompiledGazetteer;
import org.conflictmap.gazetteer.GazetteerWriter;
import org.conflictmap.io.AtomicFiles;

/**
 * Builds {@code gazetteer.bin} (and {@code SOURCES.md}) from raw source files: GeoNames dumps, npm
 * i18n-iso-countries and world-countries, Natural Earth (exported from world_map.gpkg), npm us-atlas
 * counties, and the project's own TSVs. Sources are applied in a fixed order, so the output is
 * byte-identical for identical input.
 */
public final class GazetteerBuilder {

    /** File name of the compiled gazetteer. */
    public static final String BIN = "gazetteer.bin";
    /** File name of the provenance note. */
    public static final String SOURCES = "SOURCES.md";

    private GazetteerBuilder() {
    }

    /**
     * Runs a build.
     *
     * @throws NoSuchFileException when a required source is missing
     * @throws IOException when a source cannot be read or the output cannot be written
     */
    public static BuildResult build(BuildOptions o) throws IOException {
        if (!Files.isDirectory(o.from())) {
            throw new NoSuchFileException(o.from().toString(), null, "source folder not found");
        }
        SourceFiles files = SourceFiles.scan(o.from());
        if (files.places().isEmpty()) {
            throw new NoSuchFileException(o.from().toString(), null,
                    "no GeoNames place table (allCountries.txt, citiesN.txt or their .zip) under it");
        }
        BuildReport report = new BuildReport();
        BuildModel model = new BuildModel();
        List<Used> used = new ArrayList<>();
        GeoNamesReader geonames = new GeoNamesReader(model, report);
        geonames.places(files.places().get(), o.featureClasses());
        used.add(new Used("GeoNames places", files.places().get()));
        if (files.countryInfo().isPresent()) {
            geonames.countryInfo(files.countryInfo().get());
            used.add(new Used("GeoNames country info", files.countryInfo().get()));
        }
        if (files.admin1Codes().isPresent()) {
            geonames.admin1Codes(files.admin1Codes().get());
            used.add(new Used("GeoNames admin-1 codes", files.admin1Codes().get()));
        }
        CountryNamesReader countries = new CountryNamesReader(model, report);
        if (files.worldCountries().isPresent()) {
            countries.worldCountries(files.worldCountries().get());
            used.add(new Used("country codes, points, names, demonyms", files.worldCountries().get()));
        }
        if (files.i18nCountries().isPresent()) {
            countries.i18n(files.i18nCountries().get());
            used.add(new Used("country names in many languages", files.i18nCountries().get()));
        }
        if (files.alternateNames().isPresent()) {
            geonames.alternateNames(files.alternateNames().get());
            used.add(new Used("GeoNames alternate names", files.alternateNames().get()));
        }
        Extras.apply(files, o, model, report, used);
        Finisher.finish(model, report);
        String meta = meta(o, used);
        CompiledGazetteer compiled = model.compile(meta, report);
        Path bin = o.out().resolve(BIN);
        long bytes = GazetteerWriter.write(compiled, bin);
        AtomicFiles.writeString(o.out().resolve(SOURCES), sourcesMarkdown(o, used, compiled, bytes));
        return new BuildResult(bin, bytes, compiled.places().size(), compiled.keys().size(), report);
    }

    /** A source that contributed to the build. */
    record Used(String role, Path file) {
    }

    private static String relative(BuildOptions o, Path f) {
        Path file = f.toAbsolutePath().normalize();
        Path from = o.from().toAbsolutePath().normalize();
        Path base = null;
        if (file.startsWith(from)) {
            base = from;
        } else if (o.dataDir() != null) {
            Path data = o.dataDir().toAbsolutePath().normalize();
            if (file.startsWith(data)) {
                base = data.getParent() != null && data.getParent().getParent() != null
                        ? data.getParent().getParent() : data;
            }
        }
        return (base == null ? file.getFileName() : base.relativize(file)).toString().replace('\\', '/');
    }

    private static String meta(BuildOptions o, List<Used> used) {
        StringBuilder sb = new StringBuilder("conflictmap gazetteer from ");
        List<String> pkgs = new ArrayList<>();
        for (Used u : used) {
            String label = PackageInfo.of(u.file(), o.from(), 6).map(PackageInfo::label).orElse(relative(o, u.file()));
            if (!pkgs.contains(label)) {
                pkgs.add(label);
            }
        }
        sb.append(String.join(", ", pkgs));
        if (o.featureClasses() != null) {
            sb.append(" (feature classes ").append(o.featureClasses()).append(')');
        }
        return sb.append('\n').toString();
    }

    private static String sourcesMarkdown(BuildOptions o, List<Used> used, CompiledGazetteer g, long bytes) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Gazetteer sources\n\n");
        sb.append("`gazetteer.bin` was built with `conflictmap gazetteer build` (see `scripts/build-gazetteer.sh`)\n");
        sb.append("from the files below. ").append(g.places().size()).append(" places, ").append(g.keys().size())
                .append(" name keys, ").append(bytes).append(" bytes.\n\n");
        sb.append("| data | package (exact version) | file | licence of the data |\n|---|---|---|---|\n");
        Map<String, String> seen = new HashMap<>();
        for (Used u : used) {
            Optional<PackageInfo> pkg = PackageInfo.of(u.file(), o.from(), 6);
            String rel = relative(o, u.file());
            if (seen.put(u.role() + rel, rel) != null) {
                continue;
            }
            sb.append("| ").append(u.role()).append(" | ")
                    .append(pkg.map(PackageInfo::label).orElse(u.file().startsWith(o.from()) ? "user-supplied file"
                            : "project data"))
                    .append(" | `").append(rel).append("` | ").append(Licences.of(pkg, u)).append(" |\n");
        }
        sb.append('\n').append(Licences.NOTES);
        return sb.toString();
    }
}
