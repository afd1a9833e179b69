package org.conflictmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutTest {

    /** Random text mixing ASCII, XML markup, controls, Latin, Cyrillic, CJK, emoji pairs and broken surrogates. */
    private static String random(Random r, int len) {
        char[] pool = {'a', 'Z', ' ', '<', '>', '&', '"', '\'', '\t', '\n', '\r', '\u0001', '\u001f', '\u007f',
            '\u00e9', '\u00ff', '\u0436', '\u0531', '\u4e2d', '\ud83d', '\ude00', '\ud800', '\udfff', '\ufffd',
            '\ufffe', '\uffff', '\ue000'};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(pool[r.nextInt(pool.length)]);
        }
        return b.toString();
    }

    private static byte[] viaWriter(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(s);
        }
        return bytes.toByteArray();
    }

    @Test
    void textIsEncodedAsTheJdkWriterEncodesItAcrossBufferEnds() throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String s = random(r, r.nextInt(60));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Out w = new Utf8Out(bytes, 16);
            w.text(s);
            w.flush();
            assertArrayEquals(viaWriter(s), bytes.toByteArray(), s);
        }
    }

    @Test
    void xmlEscapesAsEventsKmlDoes() throws IOException {
        Random r = new Random(11);
        for (int i = 0; i < 2000; i++) {
            String s = random(r, r.nextInt(60));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Out w = new Utf8Out(bytes, 16);
            w.xml(s);
            w.flush();
            assertArrayEquals(EventsKml.xml(s).getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), s);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Out w = new Utf8Out(bytes, 64);
        w.xml("<b>\"Ёж\" & 'x'</b>\u0000").ascii(';').number(-42).xml(null);
        w.flush();
        assertEquals("&lt;b&gt;&quot;Ёж&quot; &amp; &apos;x&apos;&lt;/b&gt;;-42", bytes.toString(StandardCharsets.UTF_8));
    }
}
