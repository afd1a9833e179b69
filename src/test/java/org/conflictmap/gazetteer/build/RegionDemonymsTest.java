package org.conflictmap.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictmap.gazetteer.MappedGazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionDemonymsTest {

    @TempDir
    Path dir;

    @Test
    void theOptionalDemonymsColumnMakesDemonymKeysOfTheRegion() throws IOException {
        Path from = dir.resolve("src");
        Path data = dir.resolve("data");
        GazetteerBuilderTest.writeSources(from, data, false);
        Files.writeString(data.resolve("regions.tsv"),
                "id\tname\tfeature_class\tfeature_code\tcountry\tlat\tlon\twest\tsouth\teast\tnorth\tnames\tdemonyms\n"
                + "\tEurope\tL\tCONT\t\t48.69\t9.14\t\t\t\t\ten:Europe|fr:Europe\ten:European|fr:européen\n"
                + "\tSahel\tL\tRGN\t\t15\t2\t\t\t\t\ten:Sahel\n");
        BuildResult r = GazetteerBuilder.build(new BuildOptions(from, data, dir.resolve("out"), null));
        MappedGazetteer g = MappedGazetteer.open(r.file());
        assertTrue(g.isDemonymKey("european"));
        assertTrue(g.isDemonymKey("europeen"));
        assertEquals("Europe", g.candidates("european").get(0).name());
        assertFalse(g.isDemonymKey("europe"), "the name itself stays a place name");
        assertEquals("Sahel", g.candidates("sahel").get(0).name(), "a row without the column is read as before");
    }
}
