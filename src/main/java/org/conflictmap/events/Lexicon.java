package org.conflictmap.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.gazetteer.NameNormalizer;

/**
 * The event-type lexicon: per language, entries {@code type<TAB>phrase} read from
 * {@code /events/lexicon-<lang>.tsv}. A phrase is a sequence of words normalised with
 * {@link NameNormalizer} (lower case, Latin diacritics folded); a word ending in {@code *} is a stem and
 * matches any word starting with it ({@code bombard*} → bombardement, bombardé, bombarded); other words
 * must match exactly; {@code ..} between two words allows up to {@value #GAP} other words in between
 * ({@code civil* .. tue*} → "civils ont été tués"). Lines starting with '#' are comments.
 *
 * <p>When several families fire in one sentence, the highest priority wins, in this order:
 * explosions/remote violence, violence against civilians, battles, riots, protests, strategic developments,
 * diplomacy, other. Armed violence comes before unrest, and unrest before non-violent developments; a remote
 * attack (shelling, drone, missile) is the most specific report; civilians killed without a remote weapon
 * named is violence against civilians even when "attack" or "fighting" also appears. Thread-safe.
 */
public final class Lexicon {

    /** Words allowed between the two sides of a {@code ..} gap. */
    public static final int GAP = 5;

    /** Languages with a bundled lexicon. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "ru", "es", "de", "uk");

    /** Priority order when several families fire. */
    public static final List<EventType> PRIORITY = List.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE,
            EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES, EventType.RIOTS, EventType.PROTESTS,
            EventType.STRATEGIC_DEVELOPMENTS, EventType.DIPLOMACY, EventType.OTHER);

    private record Word(String text, boolean stem, boolean gapBefore) {
        boolean matches(String token) {
            return stem ? token.startsWith(text) : token.equals(text);
        }
    }

    private record Entry(EventType type, List<Word> words, String source) {
    }

    /** Entries of one language, indexed by their first word (exact) and by the first 3 chars of a stem. */
    private static final class Index {
        final Map<String, List<Entry>> exact = new HashMap<>();
        final Map<String, List<Entry>> stems = new HashMap<>();
        int size;

        void add(Entry e) {
            Word w = e.words().get(0);
            if (w.stem()) {
                stems.computeIfAbsent(w.text().substring(0, Math.min(3, w.text().length())), k -> new ArrayList<>()).add(e);
            } else {
                exact.computeIfAbsent(w.text(), k -> new ArrayList<>()).add(e);
            }
            size++;
        }
    }

    private final Map<String, Index> byLang = new LinkedHashMap<>();
    private final Index all = new Index();

    private Lexicon() {
    }

    /** Loads the bundled lexicons of {@link #LANGUAGES}. */
    public static Lexicon bundled() {
        Lexicon lex = new Lexicon();
        for (String lang : LANGUAGES) {
            try (InputStream in = Lexicon.class.getResourceAsStream("/events/lexicon-" + lang + ".tsv")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource /events/lexicon-" + lang + ".tsv");
                }
                lex.load(lang, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                        "lexicon-" + lang + ".tsv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lex;
    }

    /** A lexicon from given lines (format of the bundled files), for tests and user lexicons. */
    public static Lexicon of(Map<String, List<String>> linesByLang) {
        Lexicon lex = new Lexicon();
        linesByLang.forEach((lang, lines) -> lex.load(lang, lines, lang));
        return lex;
    }

    private void load(String lang, List<String> lines, String source) {
        Index idx = byLang.computeIfAbsent(lang, k -> new Index());
        int n = 0;
        for (String line : lines) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int tab = t.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(source + ":" + n + ": expected type<TAB>phrase");
            }
            String typeKey = t.substring(0, tab).strip();
            EventType type = EventType.parse(typeKey);
            if (!type.key().equals(typeKey)) {
                throw new IllegalArgumentException(source + ":" + n + ": unknown event type '" + typeKey + "'");
            }
            List<Word> words = parse(t.substring(tab + 1));
            if (words.isEmpty()) {
                throw new IllegalArgumentException(source + ":" + n + ": empty phrase");
            }
            if (words.get(0).stem() && words.get(0).text().length() < 3) {
                throw new IllegalArgumentException(source + ":" + n + ": a leading stem needs at least 3 letters");
            }
            Entry e = new Entry(type, words, source + ":" + n);
            idx.add(e);
            all.add(e);
        }
    }

    private static List<Word> parse(String phrase) {
        List<Word> words = new ArrayList<>();
        boolean gap = false;
        for (String raw : phrase.strip().split("\\s+")) {
            if (raw.equals("..") || raw.equals("…")) {
                gap = !words.isEmpty();
                continue;
            }
            boolean stem = raw.endsWith("*");
            String[] parts = NameNormalizer.normalize(stem ? raw.substring(0, raw.length() - 1) : raw).split(" ");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    continue;
                }
                words.add(new Word(parts[i], stem && i == parts.length - 1, gap && i == 0));
            }
            gap = false;
        }
        return words;
    }

    /** Normalised word tokens of a sentence, as the lexicon sees them. */
    public static String[] tokens(String sentence) {
        String norm = NameNormalizer.normalize(sentence);
        return norm.isEmpty() ? new String[0] : norm.split(" ");
    }

    /** The families whose entries fire in the sentence (language lexicon; all lexicons when lang is unknown). */
    public Set<EventType> types(String sentence, String lang) {
        Index idx = lang != null && byLang.containsKey(lang) ? byLang.get(lang) : all;
        String[] tokens = tokens(sentence);
        EnumSet<EventType> found = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < tokens.length; i++) {
            String tok = tokens[i];
            check(idx.exact.get(tok), tokens, i, found);
            if (tok.length() >= 1) {
                check(idx.stems.get(tok.substring(0, Math.min(3, tok.length()))), tokens, i, found);
            }
        }
        return found;
    }

    /** The winning family of a sentence by {@link #PRIORITY}, or null when nothing fires. */
    public EventType classify(String sentence, String lang) {
        Set<EventType> found = types(sentence, lang);
        for (EventType t : PRIORITY) {
            if (found.contains(t)) {
                return t;
            }
        }
        return null;
    }

    private static void check(List<Entry> entries, String[] tokens, int at, Set<EventType> found) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            if (!found.contains(e.type()) && matchFrom(e.words(), 0, tokens, at)) {
                found.add(e.type());
            }
        }
    }

    private static boolean matchFrom(List<Word> words, int w, String[] tokens, int at) {
        if (at >= tokens.length || !words.get(w).matches(tokens[at])) {
            return false;
        }
        if (w == words.size() - 1) {
            return true;
        }
        Word next = words.get(w + 1);
        int maxSkip = next.gapBefore() ? GAP : 0;
        for (int k = at + 1; k <= at + 1 + maxSkip && k < tokens.length; k++) {
            if (matchFrom(words, w + 1, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Number of entries of a language (0 when absent). */
    public int size(String lang) {
        Index idx = byLang.get(lang);
        return idx == null ? 0 : idx.size;
    }
}
