package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The source files found (recursively, by file name) under the build's {@code --from} folder. */
record SourceFiles(Optional<Path> places, Optional<Path> alternateNames, Optional<Path> countryInfo,
                   Optional<Path> admin1Codes, Optional<Path> i18nCountries, Optional<Path> worldCountries,
                   Optional<Path> neCountries, Optional<Path> neAdmin1, Optional<Path> gpkg,
                   Optional<Path> usCounties) {

    private static final Pattern CITIES = Pattern.compile("cities(\\d+)\\.(txt|zip)");

    /** Scans {@code dir}; files are taken in sorted path order so the choice is deterministic. */
    static SourceFiles scan(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        Path allCountries = null;
        Path cities = null;
        int citiesN = Integer.MAX_VALUE;
        List<Path> named = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString();
            Matcher m = CITIES.matcher(n);
            if (n.equals("allCountries.txt") || n.equals("allCountries.zip")) {
                if (allCountries == null || n.endsWith(".txt") && !allCountries.toString().endsWith(".txt")) {
                    allCountries = f;
                }
            } else if (m.matches()) {
                int k = Integer.parseInt(m.group(1));
                if (k < citiesN || k == citiesN && n.endsWith(".txt")) {
                    cities = f;
                    citiesN = k;
                }
            } else {
                named.add(f);
            }
        }
        Path places = allCountries != null ? allCountries : cities;
        return new SourceFiles(Optional.ofNullable(places),
                first(named, "alternateNamesV2.txt", "alternateNamesV2.zip", "alternateNames.txt", "alternateNames.zip"),
                first(named, "countryInfo.txt"), first(named, "admin1CodesASCII.txt"),
                named.stream().filter(f -> f.getFileName().toString().equals("codes.json")
                        && Files.isDirectory(f.resolveSibling("langs"))).findFirst().map(Path::getParent),
                named.stream().filter(f -> f.getFileName().toString().equals("countries.json")
                        && startsWithArray(f)).findFirst(),
                first(named, "ne_countries.tsv"), first(named, "ne_admin1.tsv"), first(named, "world_map.gpkg"),
                first(named, "counties-10m.json"));
    }

    private static Optional<Path> first(List<Path> files, String... names) {
        for (String n : names) {
            for (Path f : files) {
                if (f.getFileName().toString().equals(n)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithArray(Path f) {
        try (var in = Files.newInputStream(f)) {
            int c;
            while ((c = in.read()) != -1) {
                if (!Character.isWhitespace(c)) {
                    return c == '[';
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Base name in lower case. */
    static String lower(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
