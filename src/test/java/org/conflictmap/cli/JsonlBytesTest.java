package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonlBytesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHARS = "aZ09 é’Москваالقاهرة\"\\/\n\r\t\b\f\u0000\u0001\u001f\u2028\uFFFD\uD83D\uDE00{}[]:,";

    /** Chars a text usually holds, which the direct reading takes. */
    private static final String USUAL = "aZ09 é’Москваالقاهرة\"\\/\n\t\uD83D\uDE00";

    private static String random(SplittableRandom r, int max, String chars) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(max); k > 0; k--) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString();
    }

    private static JsonlFields.Fields read(byte[] line) {
        return JsonlBytes.read(line, line.length);
    }

    @Test
    void answersAsDecodingAndJsonlFieldsDoWithAnAcceptableText() throws Exception {
        SplittableRandom r = new SplittableRandom(11);
        int answered = 0;
        for (int n = 0; n < 20_000; n++) {
            String chars = r.nextBoolean() ? CHARS : USUAL;
            Map<String, Object> rec = new LinkedHashMap<>();
            for (String name : List.of("id", "lang", "text", "date")) {
                int x = r.nextInt(10);
                if (x < 7) {
                    rec.put(name, random(r, 30, chars));
                } else if (x == 7) {
                    rec.put(name, null);
                } else if (x == 8) {
                    rec.put(name, r.nextInt(1000));
                }
            }
            String line = JSON.writeValueAsString(rec);
            if (r.nextInt(5) == 0) {
                line = line.replace("/", "\\/").replace("é", "\\u00E9").replace("a", "\\u0061").replace("М", "\\u041c");
            }
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(4) == 0) {
                bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(0x80)); // often invalid UTF-8
            }
            JsonlFields.Fields direct = read(bytes);
            if (direct == null) {
                continue;
            }
            answered++;
            String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            assertEquals(JsonlFields.read(json), direct, json);
            for (char c : direct.text().toCharArray()) {
                assertTrue(c >= 32 || c == '\t' || c == '\n' || c == '\r' || c == '\f', json);
                assertTrue(c != '\uFFFD', json);
            }
        }
        assertTrue(answered > 1000, "answered " + answered);
    }

    @Test
    void readsEscapedNonLatinTextAndLeavesTheRestToTheLongWay() throws CharacterCodingException {
        byte[] ok = "{\"id\":\"a\",\"text\":\"Москва\\n\\u00e9t\\u00E9 \\\"x\\\"\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(new JsonlFields.Fields("a", "Москва\nété \"x\"", null), read(ok));
        assertNull(read("{\"text\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8)), "NUL");
        assertNull(read("{\"text\":\"a\\bb\"}".getBytes(StandardCharsets.UTF_8)), "control");
        assertNull(read("{\"text\":\"a\\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8)), "surrogates");
        assertNull(read("{\"text\":\"\uFFFD\"}".getBytes(StandardCharsets.UTF_8)), "replacement character");
        assertNull(read(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}), "invalid");
        assertNull(read("{\"text\":\"a\"} x".getBytes(StandardCharsets.UTF_8)), "trailing");
    }

    /** Bytes of every UTF-8 class: ASCII, continuation, every kind of lead byte (valid or not), and their edges. */
    private static final int[] BYTES = {'a', ' ', '"', '\\', 'u', '0', 0x1F, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
        0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xD0, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF8, 0xFF};

    @Test
    void decodesTheTextAsTheStrictDecoderDoesAndTakesEveryValidText() throws Exception {
        SplittableRandom r = new SplittableRandom(5);
        String chars = "aZ09 .é’àçßñ\u00A0\u0080\u00FFÿМосква\u0800\uFFFF\uFFFE\uD83D\uDE00\u10FF\uD7FF\uE000";
        int valid = 0;
        for (int n = 0; n < 50_000; n++) {
            byte[] text;
            if (r.nextBoolean()) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(40); k > 0; k--) {
                    b.append(r.nextInt(3) > 0 ? (char) ('a' + r.nextInt(26)) : chars.charAt(r.nextInt(chars.length())));
                }
                text = b.toString().getBytes(StandardCharsets.UTF_8);
            } else {
                text = new byte[r.nextInt(24)];
                for (int k = 0; k < text.length; k++) {
                    text[k] = (byte) (r.nextInt(3) > 0 ? BYTES[r.nextInt(BYTES.length)] : r.nextInt(256));
                }
            }
            byte[] line = new byte[text.length + 11];
            System.arraycopy("{\"text\":\"".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 9);
            System.arraycopy(text, 0, line, 9, text.length);
            line[line.length - 2] = '"';
            line[line.length - 1] = '}';
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(text)).toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            JsonlFields.Fields direct = read(line);
            boolean plain = strict != null && strict.chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\' && c != 0xFFFD);
            if (plain) {
                valid++;
                assertEquals(new JsonlFields.Fields(null, strict, null), direct, strict);
            } else if (direct != null) {
                String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line)).toString();
                assertEquals(JsonlFields.read(json), direct, json);
            }
        }
        assertTrue(valid > 20_000, "valid " + valid);
    }
}
