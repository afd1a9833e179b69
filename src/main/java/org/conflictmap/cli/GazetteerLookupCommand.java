package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GazetteerFormatException;
import org.conflictmap.gazetteer.GazetteerLocator;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conflictmap gazetteer lookup NAME}: prints the candidates for a name, best first. */
@Command(name = "lookup",
        mixinStandardHelpOptions = true,
        description = {
            "Print the gazetteer candidates for a place name, best prior first, as TSV:",
            "  id  name  kind(class.code)  country  admin1  lat  lon  population",
            "The name is normalised like text (case, accents, hyphens, l'/d' elision): 'Haut-Karabakh',",
            "'haut karabakh' and 'l'Arménie' all work. Exit 1 with a message when nothing matches."
        },
        footer = {"", "Examples:", "  conflictmap gazetteer lookup Moscou", "  conflictmap gazetteer lookup Paris --country US --limit 3"})
final class GazetteerLookupCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Place name (several words are joined).")
    private List<String> name;

    @Option(names = "--country", paramLabel = "CC", description = "Only places in this ISO 3166-1 alpha-2 country.")
    private String country;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Gazetteer file (default: see 'gazetteer --help').")
    private Path gazetteer;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String query = String.join(" ", name);
        Gazetteer g;
        try {
            g = new GazetteerLocator().open(gazetteer);
        } catch (GazetteerLocator.GazetteerNotFoundException e) {
            err.println("error: " + e.getMessage());
            return 66;
        } catch (GazetteerFormatException e) {
            err.println("error: " + e.getMessage());
            return 78;
        } catch (IOException e) {
            err.println("error: cannot read gazetteer: " + e.getMessage());
            return 74;
        }
        String key = NameNormalizer.normalize(query);
        String cc = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        List<Place> hits = g.candidates(key).stream()
                .filter(p -> cc == null || Arrays.asList(p.country().split(",")).contains(cc))
                .limit(Math.max(0, limit))
                .toList();
        if (hits.isEmpty()) {
            err.println("no place named '" + query + "'" + (cc == null ? "" : " in " + cc)
                    + " (key '" + key + "') in " + g.description());
            return 1;
        }
        for (Place p : hits) {
            out.println(row(p));
        }
        out.flush();
        return 0;
    }

    /** One TSV row. */
    static String row(Place p) {
        return p.id() + "\t" + clean(p.name()) + "\t" + p.feature() + "\t" + p.country() + "\t" + p.admin1() + "\t"
                + String.format(Locale.ROOT, "%.5f\t%.5f", p.lat(), p.lon()) + "\t" + p.population();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
