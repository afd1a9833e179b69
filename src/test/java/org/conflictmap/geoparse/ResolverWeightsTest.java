package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverWeightsTest {

    @Test
    void defaultsAreTheHandSetConstants() {
        ResolverWeights d = ResolverWeights.DEFAULTS;
        assertEquals(2.5, d.country());
        assertEquals(400.0, d.nearKm());
        assertEquals(8.0, d.container());
        assertEquals(0.6, d.pop());
        assertEquals(0.15, d.rankPenalty());
        assertEquals(3.0, d.variantPenalty());
        assertEquals(150.0, d.supportKm());
        assertEquals(ResolverWeights.names().size(), d.values().length);
    }

    @Test
    void fileRoundTripIsExactSortedAndLocaleIndependent(@TempDir Path dir) throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // a decimal comma must not leak into the file
            ResolverWeights w = ResolverWeights.DEFAULTS.with("near", 1.0 / 3).with("yield", 1e-7).with("pop", -2.25);
            Path f = dir.resolve("w.txt");
            w.save(f, List.of("learned on test data", "k=5"));
            String text = Files.readString(f);
            assertTrue(text.startsWith("# learned on test data\n# k=5\n"), text);
            assertTrue(text.contains("near = 0.3333333333333333\n"), text);
            assertTrue(text.contains("pop = -2.25\n"), text);
            List<String> names = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith("#")) {
                    names.add(line.substring(0, line.indexOf(" = ")));
                }
            }
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(null);
            assertEquals(sorted, names);
            assertEquals(ResolverWeights.names().size(), names.size());
            ResolverWeights back = ResolverWeights.load(f);
            assertEquals(w, back);
            assertEquals(text, back.format(List.of("learned on test data", "k=5")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingWeightsKeepTheirDefaults() {
        ResolverWeights w = ResolverWeights.parse("# only one\n\n  sibling =  2.5  \n", "x.txt");
        assertEquals(ResolverWeights.DEFAULTS.with("sibling", 2.5), w);
        assertNotEquals(ResolverWeights.DEFAULTS, w);
    }

    @Test
    void badLinesNameTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResolverWeights.parse("# c\ncountry = 2\nnear = abc\n", "w.txt"));
        assertTrue(e.getMessage().startsWith("w.txt:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ResolverWeights.parse("country = 2\nbogus = 1\n", "w.txt"));
        assertTrue(e.getMessage().startsWith("w.txt:2: unknown weight 'bogus'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ResolverWeights.parse("country 2\n", "w.txt"));
        assertTrue(e.getMessage().startsWith("w.txt:1: expected"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ResolverWeights.parse("near = 1\nnear = 2\n", "w.txt"));
        assertTrue(e.getMessage().startsWith("w.txt:2: weight 'near' given twice"), e.getMessage());
        for (String v : List.of("NaN", "Infinity", "1,5", "2d", "0x10", "")) {
            e = assertThrows(IllegalArgumentException.class, () -> ResolverWeights.parse("near = " + v + "\n", "w.txt"));
            assertTrue(e.getMessage().startsWith("w.txt:1: "), e.getMessage());
        }
    }

    @Test
    void withChangesOneWeight() {
        ResolverWeights w = ResolverWeights.DEFAULTS.with("container", 1.0);
        assertEquals(1.0, w.container());
        assertEquals(1.0, w.get("container"));
        assertEquals(ResolverWeights.DEFAULTS.near(), w.near());
        assertThrows(IllegalArgumentException.class, () -> w.with("nope", 1));
        assertThrows(IllegalArgumentException.class, () -> w.with("near", Double.NaN));
    }

    @Test
    void weightsChangeTheResolution() {
        // a county of 200,000 people and a town of 10,000 of the same name: the default county prior chooses
        // the county, a lower one the town
        Place county = new Place(1, "Springfield", "A", "ADM2", "US", "IL", 39.8, -89.6, 200_000, null);
        Place town = new Place(2, "Springfield", "P", "PPL", "US", "MA", 42.1, -72.5, 10_000, null);
        Resolver.Item item = new Resolver.Item(new Span(0, 11, -1, -1, "springfield", false), 11,
                List.of(county, town));
        assertEquals(county, new Resolver().resolve("Springfield", List.of(item)).get(0).place());
        ResolverWeights w = ResolverWeights.DEFAULTS.with("adm2", -2.0);
        assertEquals(town, new Resolver(w).resolve("Springfield", List.of(item)).get(0).place());
    }
}
