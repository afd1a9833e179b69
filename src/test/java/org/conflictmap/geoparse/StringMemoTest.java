package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringMemoTest {

    @Test
    void answersWhatWasPutUntilEvicted() {
        StringMemo memo = new StringMemo(4);
        assertNull(memo.get("киеве"));
        memo.put("киеве", "киев");
        memo.put("нигде", "");
        assertEquals("киев", memo.get("киеве"));
        assertEquals("", memo.get("нигде"), "an empty answer is an answer");
        Map<String, String> truth = new HashMap<>();
        for (int k = 0; k < 200; k++) {
            String q = "w" + k;
            memo.put(q, "a" + k);
            truth.put(q, "a" + k);
        }
        int kept = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String a = memo.get(e.getKey());
            if (a != null) {
                assertEquals(e.getValue(), a, "a remembered answer is the one put");
                kept++;
            }
        }
        assertEquals(true, kept > 0 && kept <= 4, "at most capacity answers stay: " + kept);
    }
}
