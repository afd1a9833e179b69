package org.conflictmap.io;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Walks a CSV parser's records with the lines each one spans, so that every problem can be reported with its
 * line. Broken quoting that the parser cannot get past ends the walk and is reported with the line where the
 * unreadable record starts; the records before it have been handed out.
 */
public final class CsvRecords {

    /** A record and the first and last line it spans (equal unless a quoted field holds line breaks). */
    public record Located(CSVRecord record, long firstLine, long lastLine) {
    }

    private CsvRecords() {
    }

    /**
     * Hands each record of {@code parser} to {@code each}, in order, with its lines; when the parser fails,
     * hands the failure to {@code unreadable} with the line where the failed record starts, and stops.
     */
    public static void forEach(CSVParser parser, Consumer<Located> each, ObjLongConsumer<RuntimeException> unreadable) {
        Iterator<CSVRecord> it = parser.iterator();
        long prevEnd = parser.getCurrentLineNumber();
        while (true) {
            CSVRecord rec;
            try {
                if (!it.hasNext()) {
                    return;
                }
                rec = it.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                unreadable.accept(e, prevEnd + 1);
                return;
            }
            long start = prevEnd + 1;
            prevEnd = parser.getCurrentLineNumber();
            each.accept(new Located(rec, start, Math.max(start, prevEnd)));
        }
    }
}
