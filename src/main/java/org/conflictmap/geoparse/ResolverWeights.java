package org.conflictmap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.conflictmap.io.AtomicFiles;

/**
 * Every numeric weight of place resolution: the candidate priors ({@link Priors}, {@link CandidatePriors}), the
 * document evidence of {@link Resolver} and the support distance of {@link GazetteerGeoparser}. {@link #DEFAULTS}
 * are the hand-set values; {@code conflictmap train} learns others from a gold corpus.
 *
 * <p>Text form ({@link #format}, {@link #parse}): one {@code name = value} line per weight, sorted by name,
 * values in Java's locale-independent shortest round-trip notation; {@code #} starts a comment line. A file
 * may leave weights out (they keep their default); an unknown name, a repeated name or a value that is not a
 * finite number is an error naming the file and line.
 *
 * @param country            evidence for a candidate per share of the other mentions lying in its country
 * @param foreignCountry     penalty of a country (or admin-1 unit) per share of the document in a rival's country
 * @param countrySelf        evidence for a country candidate per share of the other mentions lying in it
 * @param countryVote        how much a country mention counts towards its country's share (other mentions: 1)
 * @param near               evidence for a point lying close to another mention's choice (times e^-km/nearKm)
 * @param nearKm             distance scale of {@code near}, in km
 * @param admin              evidence for a point in an admin-1 unit another mention chose
 * @param container          evidence for a candidate lying in the place named right after it ("Paris, Texas")
 * @param samePlace          evidence for an admin-1 unit or a town another name of the document chose ("Wash.")
 * @param sibling            evidence for a candidate of the type its list neighbour chose
 * @param pop                prior per log10 of the population
 * @param sovereign          prior of an independent country
 * @param dependency         base prior of a dependent territory (plus {@code pop} x log10 population)
 * @param dependencyCap      largest prior of a dependent territory
 * @param continent          prior of a continent
 * @param admin1             base prior of an admin-1 unit (plus {@code pop} x log10 of the population of its towns)
 * @param unknownAdmin1LogPop log10 of the population assumed for an admin-1 unit without one
 * @param capital            base prior of a capital (PPLC)
 * @param pplA               base prior of an admin-1 seat (PPLA)
 * @param pplA2              base prior of an admin-2 seat (PPLA2)
 * @param ppl                base prior of another populated place
 * @param adm2               base prior of a county (ADM2, ADMD)
 * @param curatedFeature     base prior of a physical feature or region (feature classes H, T, L)
 * @param metropolis         prior bonus of a populated place of a million people or more
 * @param rankPenalty        prior lost per place of gazetteer rank (up to 20)
 * @param variantPenalty     prior lost by an English-named town matched by a variant name, or any town by an unrelated one
 * @param yield              how far below the place it yields to a yielding candidate is put
 * @param supportKm          a minor place is kept when another mention's place lies this close (km)
 * @param sharpness          confidence = softmax of the candidate scores times this (a temperature's inverse)
 */
public record ResolverWeights(
        double country, double foreignCountry, double countrySelf, double countryVote, double near, double nearKm,
        double admin, double container, double samePlace, double sibling,
        double pop, double sovereign, double dependency, double dependencyCap, double continent, double admin1,
        double unknownAdmin1LogPop, double capital, double pplA, double pplA2, double ppl, double adm2,
        double curatedFeature, double metropolis, double rankPenalty,
        double variantPenalty, double yield,
        double supportKm, double sharpness) {

    /** The hand-set weights. */
    public static final ResolverWeights DEFAULTS = new ResolverWeights(
            2.5, 4.0, 3.0, 1.5, 2.0, 400.0,
            1.0, 8.0, 1.5, 1.0,
            0.6, 12.0, 6.0, 11.0, 11.5, 2.5,
            6.0, 3.5, 1.5, 1.0, 0.5, 2.0,
            5.5, 2.0, 0.15,
            3.0, 0.5,
            150.0, 2.0);

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final RecordComponent[] COMPONENTS = ResolverWeights.class.getRecordComponents();
    private static final List<String> NAMES;
    private static final Map<String, Integer> INDEX;

    static {
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < COMPONENTS.length; i++) {
            names.add(COMPONENTS[i].getName());
            index.put(COMPONENTS[i].getName(), i);
        }
        NAMES = Collections.unmodifiableList(names);
        INDEX = Collections.unmodifiableMap(index);
    }

    /** The weight names, in declaration order (the order of {@link #values()}). */
    public static List<String> names() {
        return NAMES;
    }

    /** The weights, in the order of {@link #names()}. */
    public double[] values() {
        double[] v = new double[COMPONENTS.length];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = (double) COMPONENTS[i].getAccessor().invoke(this);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return v;
    }

    /** Weights from values in the order of {@link #names()}. */
    public static ResolverWeights of(double[] values) {
        if (values.length != COMPONENTS.length) {
            throw new IllegalArgumentException("expected " + COMPONENTS.length + " weights, got " + values.length);
        }
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < types.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("weight " + NAMES.get(i) + " is not a finite number: " + values[i]);
            }
            types[i] = double.class;
            args[i] = values[i];
        }
        try {
            return ResolverWeights.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** These weights with weight {@code name} set to {@code value}. */
    public ResolverWeights with(String name, double value) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown resolver weight: " + name);
        }
        double[] v = values();
        v[i] = value;
        return of(v);
    }

    /** The value of weight {@code name}. */
    public double get(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown resolver weight: " + name);
        }
        return values()[i];
    }

    /** The text form: {@code # comment} lines, then {@code name = value} lines sorted by name. */
    public String format(List<String> comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            for (String line : c.split("\n", -1)) {
                sb.append("# ").append(line).append('\n');
            }
        }
        String[] sorted = NAMES.toArray(new String[0]);
        Arrays.sort(sorted);
        double[] v = values();
        for (String n : sorted) {
            sb.append(n).append(" = ").append(Double.toString(v[INDEX.get(n)])).append('\n');
        }
        return sb.toString();
    }

    /** Writes the text form to {@code file} atomically. */
    public void save(Path file, List<String> comments) throws IOException {
        AtomicFiles.writeString(file, format(comments));
    }

    /** Reads a weights file; weights it leaves out keep their {@link #DEFAULTS} value. */
    public static ResolverWeights load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses the text form; {@code source} names the text in errors.
     *
     * @throws IllegalArgumentException "source:line: what is wrong"
     */
    public static ResolverWeights parse(String text, String source) {
        double[] v = DEFAULTS.values();
        boolean[] seen = new boolean[v.length];
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            int line = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                String t = s.strip();
                if (line == 1 && t.startsWith("\uFEFF")) {
                    t = t.substring(1).strip();
                }
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq < 0) {
                    throw bad(source, line, "expected 'name = value', got '" + t + "'");
                }
                String name = t.substring(0, eq).strip();
                String value = t.substring(eq + 1).strip();
                Integer i = INDEX.get(name);
                if (i == null) {
                    throw bad(source, line, "unknown weight '" + name + "' (known: " + String.join(", ", NAMES) + ")");
                }
                if (seen[i]) {
                    throw bad(source, line, "weight '" + name + "' given twice");
                }
                seen[i] = true;
                if (!NUMBER.matcher(value).matches() || !Double.isFinite(Double.parseDouble(value))) {
                    throw bad(source, line, "weight '" + name + "': not a decimal number: '" + value + "'");
                }
                v[i] = Double.parseDouble(value);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        return of(v);
    }

    private static IllegalArgumentException bad(String source, int line, String what) {
        return new IllegalArgumentException(source + ":" + line + ": " + what);
    }
}
