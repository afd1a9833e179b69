package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotSplit() {
        assertEquals(List.of("M. Aliyev a parlé à Bakou.", "Le Dr. Petrossian était à St. Petersbourg!",
                "Les U.S. ont réagi."), split("M. Aliyev a parlé à Bakou. Le Dr. Petrossian était à St. Petersbourg! "
                + "Les U.S. ont réagi."));
        assertEquals(List.of("Gen. J. Smith met Mr. Brown in the U.S. Capitol on Oct. 9.", "Talks followed."),
                split("Gen. J. Smith met Mr. Brown in the U.S. Capitol on Oct. 9. Talks followed."));
    }

    @Test
    void germanDayNumberRussianAndQuotes() {
        assertEquals(List.of("Am 3. Oktober wurde Stepanakert beschossen.", "Die Lage bleibt angespannt."),
                split("Am 3. Oktober wurde Stepanakert beschossen. Die Lage bleibt angespannt."));
        assertEquals(List.of("В 2020 г. Степанакерт обстреляли.", "«Ситуация тяжелая», — сказал он."),
                split("В 2020 г. Степанакерт обстреляли. «Ситуация тяжелая», — сказал он."));
        assertEquals(List.of("He said: \"It is over.\"", "Then he left?", "Yes…", "¿Dónde está Goris?"),
                split("He said: \"It is over.\" Then he left? Yes… ¿Dónde está Goris?"));
    }

    @Test
    void offsetsLineBreaksAndHeadings() {
        String text = "# Title line\nFirst sentence\ncontinues here. 3.5 km away.\n\nNew paragraph";
        List<Sentence> s = splitter.split(text);
        assertEquals(List.of("# Title line", "First sentence continues here.", "3.5 km away.", "New paragraph"),
                s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()).replace('\n', ' '));
        }
        assertEquals(List.of(), split("   \n "));
        assertEquals(List.of("lower case after. period stays"), split("lower case after. period stays"));
    }
}
