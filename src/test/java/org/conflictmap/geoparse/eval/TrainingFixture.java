package org.conflictmap.geoparse.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * A synthetic training corpus: six countries, each with a same-named village far away in another country,
 * and documents naming two or three of the countries (gold: the countries).
 */
final class TrainingFixture {

    static final String[] NAMES = {"Alvania", "Borduria", "Caledora", "Drusenia", "Elbonia", "Florin"};

    private TrainingFixture() {
    }

    static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            names.put(country(i), List.of());
            names.put(new Place(100 + i, NAMES[i], "P", "PPL", "ZZ", "01", -30 - i, -120 + 3 * i, 4_000, null),
                    List.of());
        }
        return InMemoryGazetteer.of(names);
    }

    static Place country(int i) {
        return new Place(1 + i, NAMES[i], "A", "PCLI", "C" + (char) ('A' + i), "00", 10 + 5 * i, 10 + 5 * i,
                5_000_000, null);
    }

    /** {@code n} documents, each naming two or three countries. */
    static List<GoldDocument> documents(int n) {
        List<GoldDocument> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            StringBuilder text = new StringBuilder("Reports from ");
            List<GoldDocument.GoldSpan> spans = new ArrayList<>();
            int count = 2 + d % 2;
            for (int j = 0; j < count; j++) {
                int c = (d + 2 * j) % NAMES.length;
                if (j > 0) {
                    text.append(j == count - 1 ? " and " : ", ");
                }
                int start = text.length();
                text.append(NAMES[c]);
                Place p = country(c);
                spans.add(new GoldDocument.GoldSpan(start, text.length(), NAMES[c], GoldDocument.Role.COUNTED,
                        p.lat(), p.lon()));
            }
            text.append(" say the talks failed.");
            docs.add(new GoldDocument("doc" + d, "en", text.toString(), spans));
        }
        return docs;
    }
}
