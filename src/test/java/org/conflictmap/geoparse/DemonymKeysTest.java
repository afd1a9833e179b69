package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class DemonymKeysTest {

    private static final Set<String> DEMONYMS = Set.of("french", "russe", "российский", "armenian");

    /** A gazetteer that knows only its demonym keys, counting the isDemonymKey questions it gets. */
    private static Gazetteer gazetteer(boolean offersSet, AtomicInteger asked) {
        return (Gazetteer) Proxy.newProxyInstance(Gazetteer.class.getClassLoader(), new Class<?>[] {Gazetteer.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isDemonymKey" -> {
                        asked.incrementAndGet();
                        yield DEMONYMS.contains((String) args[0]);
                    }
                    case "demonymKeys" -> offersSet ? Optional.of(DEMONYMS) : Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void asksTheGazetteerUntilManyQuestionsThenAnswersFromTheSetAndItsFilter() {
        AtomicInteger asked = new AtomicInteger();
        DemonymKeys keys = new DemonymKeys(gazetteer(true, asked));
        assertTrue(keys.mayHold("tomato".hashCode()), "no filter before the set is held");
        for (int n = 0; n < 5000; n++) {
            String w = n % 2 == 0 ? "french" : "word" + n;
            assertEquals(n % 2 == 0, keys.contains(w), w);
        }
        int before = asked.get();
        assertTrue(before <= 256, "the set answers after a few hundred questions: " + before);
        assertTrue(keys.contains("российский"));
        assertFalse(keys.contains("tomato"));
        assertEquals(before, asked.get(), "no more gazetteer questions");
        for (String d : DEMONYMS) {
            assertTrue(keys.mayHold(d.hashCode()), d);
        }
        int passed = 0;
        for (int n = 0; n < 1000; n++) {
            passed += keys.mayHold(("other" + n).hashCode()) ? 1 : 0;
        }
        assertTrue(passed < 50, "the filter rules out most other words: " + passed);
    }

    @Test
    void keepsAskingAGazetteerWithoutADemonymSet() {
        AtomicInteger asked = new AtomicInteger();
        DemonymKeys keys = new DemonymKeys(gazetteer(false, asked));
        for (int n = 0; n < 5000; n++) {
            keys.contains("word" + n);
        }
        assertTrue(keys.contains("russe"));
        assertEquals(5001, asked.get());
        assertTrue(keys.mayHold("anything".hashCode()));
    }
}
