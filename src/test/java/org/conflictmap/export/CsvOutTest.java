package org.conflictmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvOutTest {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private static String random(Random r) {
        char[] pool = {'a', 'Z', '7', ' ', ',', '"', '\n', '\r', '\t', '#', '!', '=', '-', '@', '\'', ';', '\u00c9',
            '\u0436', '\ud83d', '\ude00', '\ud800', '\u0000'};
        int len = r.nextInt(4) == 0 ? 0 : r.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(pool[r.nextInt(pool.length)]);
        }
        return b.toString();
    }

    @Test
    void sameBytesAsCommonsCsvPrinter() throws IOException {
        Random r = new Random(3);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            List<String> rec = new ArrayList<>();
            for (int j = 0, n = 1 + r.nextInt(5); j < n; j++) {
                rec.add(random(r));
            }
            records.add(rec);
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            for (List<String> rec : records) {
                p.printRecord(rec);
            }
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Utf8Out u = new Utf8Out(actual, 64);
        CsvOut c = new CsvOut(u, FORMAT);
        for (List<String> rec : records) {
            c.record(rec);
        }
        u.flush();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    @Test
    void onlyCellsWithoutSpecialCharactersArePlain() {
        assertTrue(CsvOut.plain("Stepanakert"));
        assertTrue(CsvOut.plain("39.81770"));
        assertTrue(CsvOut.plain("'=HYPERLINK(x)"));
        for (String s : List.of("", "#x", " x", "x ", "a,b", "a\"b", "a\nb", "a\rb", "!x", "\"x")) {
            assertFalse(CsvOut.plain(s), s);
        }
    }
}
