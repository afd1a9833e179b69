package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoparseInputTest {

    private static List<GeoparseInput.Rec> read(byte[] bytes, int maxBytes) throws IOException {
        // a stream that hands out odd-sized chunks, so that lines cross read boundaries
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_777));
            }
        };
        List<GeoparseInput.Rec> out = new ArrayList<>();
        try (GeoparseInput g = GeoparseInput.open("-", in, maxBytes)) {
            while (g.hasNext()) {
                out.add(g.next());
            }
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void longLinesAcrossBufferBoundariesCrLfBlankLinesAndNoFinalNewline() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = ("Moscou é Москва " + i + " ").repeat(1 + i * 397);
            texts.add(text);
            b.write(utf8("{\"id\":\"d" + i + "\",\"text\":\"" + text + "\"}"));
            b.write(utf8(i % 3 == 0 ? "\r\n" : "\n"));
            if (i % 5 == 0) {
                b.write(utf8(" \t\n\n"));
            }
        }
        b.write(utf8("{\"id\":\"last\",\"lang\":\"fr\",\"text\":\"fin\"}"));
        List<GeoparseInput.Rec> recs = read(b.toByteArray(), 10_000_000);
        assertEquals(41, recs.size());
        for (int i = 0; i < 40; i++) {
            assertFalse(recs.get(i).failed(), recs.get(i).error());
            assertEquals("d" + i, recs.get(i).id());
            assertEquals(texts.get(i), recs.get(i).text());
        }
        assertEquals("fin", recs.get(40).text());
        assertEquals("fr", recs.get(40).lang());
        assertTrue(recs.get(40).location().toString().endsWith(":" + (40 + 16 + 1)), recs.get(40).location().toString());
    }

    @Test
    void tooLargeLineIsRefusedAndTheNextOneRead() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(utf8("{\"id\":\"big\",\"text\":\"" + "x".repeat(200_000) + "\"}\n"));
        b.write(utf8("{\"id\":\"small\",\"text\":\"Baku\"}\n"));
        List<GeoparseInput.Rec> recs = read(b.toByteArray(), 1000);
        assertEquals(2, recs.size());
        assertTrue(recs.get(0).error().startsWith("record too large: 200022 bytes"), recs.get(0).error());
        assertEquals("Baku", recs.get(1).text());
    }

    @Test
    void replacementCharacterIsTextButInvalidUtf8IsAnError() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(utf8("{\"id\":\"fffd\",\"text\":\"a \uFFFD in Baku, in Moscow and in Yerevan, in Tbilisi\"}\n"));
        b.write(utf8("{\"id\":\"bad\",\"text\":\"a "));
        b.write(new byte[] {(byte) 0xC3, '('});
        b.write(utf8("\"}\n"));
        b.write(utf8("{\"id\":\"surrogate\",\"text\":\"a "));
        b.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        b.write(utf8("\"}\n"));
        List<GeoparseInput.Rec> recs = read(b.toByteArray(), 10_000);
        assertEquals(3, recs.size());
        assertEquals("a \uFFFD in Baku, in Moscow and in Yerevan, in Tbilisi", recs.get(0).text());
        assertEquals("invalid UTF-8", recs.get(1).error());
        assertNull(recs.get(1).id());
        assertEquals("invalid UTF-8", recs.get(2).error());
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertEquals(0, read(new byte[0], 100).size());
        assertEquals(0, read(utf8("\n \n\r\n"), 100).size());
    }
}
