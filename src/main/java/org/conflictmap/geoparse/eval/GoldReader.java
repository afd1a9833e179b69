package org.conflictmap.geoparse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold JSONL file ({@code {"id","lang","text","toponyms":[{"start","end","surface",
 * "geonameid"?,"lat"?,"lon"?,"kind"?}]}}) and decides, per the evaluation rules, which spans count:
 * in a hand-made file (spans carry "kind") a {@code toponym} with coordinates counts and an
 * {@code optional} is ignored; in a file with GeoNames ids (GeoWebNews) a span counts when it has an id;
 * in a file with neither (HIPE) every span counts, for recognition only.
 */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /** Reads every document of {@code file}. */
    public static List<GoldDocument> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                try {
                    nodes.add(JSON.readTree(s));
                } catch (IOException e) {
                    throw new IOException(file + ":" + line + ": not JSON: " + e.getMessage(), e);
                }
            }
        }
        boolean hasKind = false;
        boolean hasIds = false;
        for (JsonNode n : nodes) {
            for (JsonNode t : n.path("toponyms")) {
                hasKind |= t.hasNonNull("kind");
                hasIds |= t.hasNonNull("geonameid");
            }
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (JsonNode n : nodes) {
            List<GoldDocument.GoldSpan> spans = new ArrayList<>();
            for (JsonNode t : n.path("toponyms")) {
                double lat = t.hasNonNull("lat") ? t.get("lat").asDouble() : Double.NaN;
                double lon = t.hasNonNull("lon") ? t.get("lon").asDouble() : Double.NaN;
                GoldDocument.Role role;
                if (hasKind) {
                    String kind = t.path("kind").asText("toponym");
                    if ("optional".equals(kind)) {
                        role = GoldDocument.Role.OPTIONAL;
                    } else if ("toponym".equals(kind) && !Double.isNaN(lat) && !Double.isNaN(lon)) {
                        role = GoldDocument.Role.COUNTED;
                    } else {
                        role = GoldDocument.Role.NOT_COUNTED;
                    }
                } else if (hasIds) {
                    role = t.hasNonNull("geonameid") ? GoldDocument.Role.COUNTED : GoldDocument.Role.NOT_COUNTED;
                } else {
                    role = GoldDocument.Role.COUNTED;
                }
                spans.add(new GoldDocument.GoldSpan(t.path("start").asInt(), t.path("end").asInt(),
                        t.path("surface").asText(""), role, lat, lon));
            }
            String lang = n.hasNonNull("lang") ? n.get("lang").asText() : null;
            docs.add(new GoldDocument(n.path("id").asText(), lang, n.path("text").asText(""), spans));
        }
        return docs;
    }
}
