package org.conflictmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void eachRecordComesWithItsLinesAndBrokenQuotingStopsWithItsLine() throws Exception {
        String csv = "a,b\n1,x\n2,\"two\nlines\"\n3,y\n4,\"z\"oops\n5,w\n";
        List<String> seen = new ArrayList<>();
        List<Long> broken = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            CsvRecords.forEach(p, r -> seen.add(r.record().get("a") + "@" + r.firstLine() + "-" + r.lastLine()),
                    (e, line) -> broken.add(line));
        }
        assertEquals(List.of("1@2-2", "2@3-4", "3@5-5"), seen);
        assertEquals(List.of(6L), broken);
    }
}
