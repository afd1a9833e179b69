package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector(Lexicon.load());

    /** The script decision as first written, char by char with branches (the reference for the table). */
    private static String referenceScript(String text) {
        int n = Math.min(text.length(), 4000);
        int latin = 0;
        int cyr = 0;
        int ukr = 0;
        int arabic = 0;
        int greek = 0;
        int hebrew = 0;
        int cjk = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c | 32) >= 'a' && (c | 32) <= 'z') {
                    latin++;
                }
            } else if (c >= 0x0400 && c <= 0x052F) {
                cyr++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ') {
                    ukr++;
                }
            } else if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F) {
                arabic++;
            } else if (c >= 0x0370 && c <= 0x03FF) {
                greek++;
            } else if (c >= 0x0590 && c <= 0x05FF) {
                hebrew++;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3040 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7AF) {
                cjk++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        int max = Math.max(Math.max(Math.max(latin, cyr), Math.max(arabic, greek)), Math.max(hebrew, cjk));
        if (max == 0) {
            return "und";
        }
        if (max == cyr) {
            return ukr * 50 >= cyr ? "uk" : "ru";
        }
        if (max == arabic) {
            return "ar";
        }
        if (max == greek) {
            return "el";
        }
        if (max == hebrew) {
            return "he";
        }
        return max == cjk ? "und" : "latin";
    }

    @Test
    void scriptDecisionAsTheBranchingReference() {
        String[] pieces = {"the war in ", "la guerre à ", "война ", "війна і ", "الحرب في ", "πόλεμος ", "מלחמה ",
            "戦争 ", "전쟁 ", "ñ ", "ø ", "123 ", "... ", "Ї", "ґ"};
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + r.nextInt(40);
            for (int i = 0; i < k; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            if (r.nextInt(3) == 0) {
                b.append((char) r.nextInt(0x10000));
            }
            String text = b.toString();
            String ref = referenceScript(text);
            String got = DETECTOR.detect(text);
            if ("latin".equals(ref)) {
                assertEquals(true, got.length() == 2 || "und".equals(got), text);
                assertEquals(false, java.util.Set.of("ru", "uk", "ar", "el", "he").contains(got), text);
            } else {
                assertEquals(ref, got, text);
            }
        }
    }

    @Test
    void commonLanguages() {
        assertEquals("fr", DETECTOR.detect("Le ministre est arrivé à Moscou pour des consultations avec les dirigeants."));
        assertEquals("en", DETECTOR.detect("The minister arrived in Moscow for talks with the leaders of the region."));
        // short texts whose common words English web text shares ("le", "est"): the letters decide
        assertEquals("fr", DETECTOR.detect("Le président arménien à Erevan."));
        assertEquals("fr", DETECTOR.detect("Le ministre est à Bakou."));
        assertEquals("en", DETECTOR.detect("Le Pen est arrived."), "a tie without letters of another language");
        assertEquals("uk", DETECTOR.detect("Міністр прибув до Києва для консультацій."));
        assertEquals("ru", DETECTOR.detect("Министр прибыл в Москву для консультаций."));
        assertEquals("ar", DETECTOR.detect("وصل وزير الخارجية إلى القاهرة"));
        assertEquals("und", DETECTOR.detect("12345 ..."));
    }

    /** Texts of random pieces: every kind of token and separator the token path treats apart. */
    private static String randomText(SplittableRandom r, String[] pieces, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(pieces[r.nextInt(pieces.length)]);
            if (r.nextInt(8) == 0) {
                b.append((char) r.nextInt(0x10000));
            }
        }
        return b.toString();
    }

    @Test
    void tokensAnswerAsChars() {
        String[] pieces = {"the ", "of ", "and ", "le ", "la ", "est ", "à ", "der ", "für ", "el ", "año ", "não ",
            "Moscou ", "minister ", "a1b ", "2024 ", "l'État ", "d’Arménie ", "Куп'янськ ", "U.S. ", "W.Va. ",
            "e\u0301té ", "ạ ", "ʼa ", "Kievа ", "війна ", "і ", "في ", "، ", "πόλεμος ", ";", "\u037E ", "מלחמה ",
            "・", "戦争 ", "ñ", "ß", ", ", "...", "\n", "-", "Ⓐ ", "ǅ ", "x", "y", "ç", "é", "z\u0308", "ﬁ ", "İ "};
        Tokenizer tokenizer = new Tokenizer();
        SplittableRandom r = new SplittableRandom(11);
        for (int n = 0; n < 4000; n++) {
            // short texts, and texts whose 4000th char falls anywhere in a word
            String text = randomText(r, pieces, n % 4 == 0 ? 450 + r.nextInt(200) : 1 + r.nextInt(30));
            String chars = DETECTOR.detect(text.toCharArray(), text.length());
            assertEquals(chars, DETECTOR.detect(tokenizer.tokenize(text)), text);
            assertEquals(chars, DETECTOR.detect(tokenizer.tokenizeReusing(text)), text);
        }
    }

    @Test
    void tokensAnswerAsCharsAtTheSampleEnd() {
        Tokenizer tokenizer = new Tokenizer();
        for (String word : new String[] {"le", "the", "à", "Bakou", "der", "a1", "l'", "ne"}) {
            for (int pad = 3990; pad <= 4005; pad++) {
                // a 4000-char sample ending inside, just before or just after a common word
                String text = "x".repeat(pad - 1) + " " + word + " est la " + word;
                String chars = DETECTOR.detect(text.toCharArray(), text.length());
                assertEquals(chars, DETECTOR.detect(tokenizer.tokenize(text)), word + " at " + pad);
            }
        }
        // only the sample's part of a word cut by its end counts: "nicht" (German only) ends at char 4000,
        // one char later the sample holds "nich", which no list has
        String de = "1".repeat(3994) + " nicht";
        assertEquals("de", DETECTOR.detect(tokenizer.tokenize(de)));
        assertEquals("und", DETECTOR.detect(tokenizer.tokenize("1" + de)));
    }

    @Test
    void tokensAnswerAsCharsWhenTheLeadTurnsLate() {
        // one language leads the first words, another catches up (or nearly) in the rest: the token path stops
        // looking words up only once the lead cannot be overturned, so it answers as the chars do
        Tokenizer tokenizer = new Tokenizer();
        // words of one list each ("about" English, "aber" German, "agua" Spanish, "afin" French, "abbia" Italian);
        // a tie goes to the language listed first (English, French, Spanish, German, Italian)
        for (String[] pair : new String[][] {{"aber ", "about "}, {"agua ", "about "}, {"abbia ", "afin "},
            {"about ", "aber "}, {"le ", "the "}}) {
            for (int k = 1; k <= 40; k++) {
                for (int d = -2; d <= 2; d++) {
                    for (String end : new String[] {"", "Bakou 2024"}) {
                        String text = pair[0].repeat(k) + pair[1].repeat(Math.max(0, k + d)) + end;
                        assertEquals(DETECTOR.detect(text.toCharArray(), text.length()),
                                DETECTOR.detect(tokenizer.tokenize(text)), k + " " + d + " " + text);
                    }
                }
            }
        }
        String tie = "aber ".repeat(16) + "about ".repeat(16);
        assertEquals("en", DETECTOR.detect(tokenizer.tokenize(tie)));
    }

    @Test
    void tokenPathEdgeCases() {
        Tokenizer tokenizer = new Tokenizer();
        // a tie of common words decided by letters, digits inside words, mixed scripts, Arabic commas
        for (String text : new String[] {"Le ministre est à Bakou.", "Le Pen est arrived.", "a1 le2 the3 est",
            "Kievа Kievа the", "وصل، وزير، the of and", "the of ، ، ، ،", "πόλεμος; the", "l'État d'Arménie",
            "Куп'янськ і the", "U.S. and the W.Va. est", ""}) {
            assertEquals(DETECTOR.detect(text.toCharArray(), text.length()), DETECTOR.detect(tokenizer.tokenize(text)),
                    text);
        }
        assertEquals("fr", DETECTOR.detect(tokenizer.tokenize("Le ministre est à Bakou.")));
        assertEquals("en", DETECTOR.detect(tokenizer.tokenize("Le Pen est arrived.")));
        assertEquals("ar", DETECTOR.detect(tokenizer.tokenize("وصل، وزير، the of and")));
    }
}
