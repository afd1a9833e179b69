package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.conflictmap.gazetteer.NameNormalizer;
import org.junit.jupiter.api.Test;

class DemonymBloomTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "éèêëàâäçîïôöûüùÿñßæœøåÉÈÇÀÔŒØÅ" + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЁЖЗІЇЄҐіїєґ"
            + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإة" + "ΑΒΓαβγάέ" + "ıİğĞşŞ" + "\u0301\u02BC'-. ";

    @Test
    void keyHashIsTheHashOfTheKeyOrUnknown() {
        SplittableRandom r = new SplittableRandom(7);
        int known = 0;
        for (int n = 0; n < 50_000; n++) {
            int len = 1 + r.nextInt(12);
            StringBuilder b = new StringBuilder("x ");
            for (int k = 0; k < len; k++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String text = b.append(" y").toString();
            long h = MatchKeys.keyHash(text.toCharArray(), 2, 2 + len);
            String key = MatchKeys.keyOf(text, 2, 2 + len);
            assertEquals(NameNormalizer.normalize(text.substring(2, 2 + len)), key, text);
            if (h >= 0) {
                known++;
                assertEquals(key.hashCode(), (int) h, text);
            }
        }
        assertTrue(known > 10_000, "most random words have a known key hash: " + known);
    }

    @Test
    void bloomHasNoFalseNegativesAndFewFalsePositives() {
        Set<String> keys = new HashSet<>();
        SplittableRandom r = new SplittableRandom(11);
        while (keys.size() < 5000) {
            keys.add(Long.toString(r.nextLong() & Long.MAX_VALUE, 36));
        }
        keys.addAll(List.of("russe", "français", "российский", "american"));
        long[] bloom = DemonymKeys.bloom(keys);
        for (String k : keys) {
            assertTrue(DemonymKeys.mayHold(bloom, k.hashCode()), k);
        }
        int fp = 0;
        for (int n = 0; n < 100_000; n++) {
            String w = "w" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
            if (DemonymKeys.mayHold(bloom, w.hashCode())) {
                fp++;
            }
        }
        assertTrue(fp < 5_000, "false positives: " + fp);
    }
}
