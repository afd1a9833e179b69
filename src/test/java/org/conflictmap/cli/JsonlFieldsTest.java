package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonlFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHARS = "aZ09 é’Москваالقاهرة\"\\/\n\r\t\b\f\u0001\u001f\u2028\uFFFD\uD83D\uDE00{}[]:,";

    /** What GeoparseInput reads with Jackson: id, text, lang; null when Jackson fails or there is no text string. */
    private static JsonlFields.Fields jackson(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (Exception e) {
            return null;
        }
        if (node == null || !node.isObject() || node.get("text") == null || !node.get("text").isTextual()) {
            return null;
        }
        JsonNode id = node.get("id");
        JsonNode lang = node.get("lang");
        return new JsonlFields.Fields(id == null || id.isNull() ? null : id.asText(), node.get("text").asText(),
                lang != null && lang.isTextual() ? lang.asText() : null);
    }

    private static String random(SplittableRandom r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max);
        for (int k = 0; k < n; k++) {
            b.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    @Test
    void agreesWithJacksonWheneverItAnswers() throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        int answered = 0;
        for (int n = 0; n < 20_000; n++) {
            Map<String, Object> rec = new LinkedHashMap<>();
            List<String> names = List.of("id", "lang", "text", "date", "title");
            for (String name : names) {
                int x = r.nextInt(10);
                if (x < 7) {
                    rec.put(name, random(r, 30));
                } else if (x == 7) {
                    rec.put(name, null);
                } else if (x == 8) {
                    rec.put(name, r.nextInt(1000));
                }
            }
            String line = JSON.writeValueAsString(rec);
            if (r.nextInt(4) == 0) {
                line = line.replace("\":", "\" : ").replace(",", " ,\t");
            }
            if (r.nextInt(5) == 0) {
                // escapes Jackson does not write itself
                line = line.replace("/", "\\/").replace("é", "\\u00E9").replace("a", "\\u0061");
            }
            JsonlFields.Fields fast = JsonlFields.read(line);
            JsonlFields.Fields ref = jackson(line);
            if (fast != null) {
                answered++;
                assertEquals(ref, fast, line);
            }
            if (ref != null && !(rec.get("id") instanceof Integer) && !(rec.get("lang") instanceof Integer)
                    && !(rec.get("date") instanceof Integer) && !(rec.get("title") instanceof Integer)
                    && !(rec.get("text") instanceof Integer)) {
                assertNotNull(fast, "a flat object of strings is read: " + line);
            }
        }
        assertTrue(answered > 5_000, "answered " + answered);
    }

    @Test
    void givesUpOnAnythingElse() {
        String[] lines = {
            "", "[]", "{}", "{\"text\":null}", "{\"text\":1}", "{\"text\":\"a\"} x", "{\"text\":\"a\",}",
            "{\"text\":\"a\",\"text\":\"b\"}", "{\"id\":\"a\",\"id\":\"b\",\"text\":\"c\"}", "{'text':'a'}",
            "{\"text\":\"a\\x\"}", "{\"text\":\"a\\u00g1\"}", "{\"text\":\"a\\u٠٠٤١\"}", "{\"text\":\"a\u0001\"}",
            "{\"text\":\"a\"", "{\"text\":\"a", "{\"text\":\"a\",\"x\":{\"y\":1}}", "{\"text\":\"a\",\"x\":true}",
            "{\"id\":7,\"text\":\"a\"}", "\uFEFF{\"text\":\"a\"}", "{\"text\":\"a\"}}"
        };
        for (String l : lines) {
            assertNull(JsonlFields.read(l), l);
        }
        assertEquals(new JsonlFields.Fields(null, "a\n\"b\"", "fr"),
                JsonlFields.read(" {\"lang\":\"fr\", \"id\":null, \"text\":\"a\\n\\\"b\\\"\"} "));
    }
}
