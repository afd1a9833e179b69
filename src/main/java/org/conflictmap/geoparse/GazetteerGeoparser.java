package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * The geoparser: tokenise ({@link Tokenizer}), find gazetteer names ({@link SpanMatcher}), drop what is not a
 * place mention ({@link MentionFilter}) and resolve the rest in document context ({@link Resolver}).
 * Create one with {@link #create(Gazetteer)} and share it between threads.
 */
public final class GazetteerGeoparser implements Geoparser {

    private final Gazetteer gazetteer;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SpanMatcher matcher;
    private final MentionFilter filter;
    private final Resolver resolver = new Resolver();
    private final LanguageDetector detector;

    private GazetteerGeoparser(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.matcher = new SpanMatcher(gazetteer, lexicon);
        this.filter = new MentionFilter(gazetteer, lexicon);
        this.detector = new LanguageDetector(lexicon);
    }

    /** A geoparser over {@code gazetteer} with the bundled word lists. */
    public static GazetteerGeoparser create(Gazetteer gazetteer) {
        return new GazetteerGeoparser(gazetteer, Lexicon.load());
    }

    /** A geoparser over {@code gazetteer} with the given word lists. */
    public static GazetteerGeoparser create(Gazetteer gazetteer, Lexicon lexicon) {
        return new GazetteerGeoparser(gazetteer, lexicon);
    }

    /** The language a text is read as: {@code lang} when given, else a detected one. */
    public String language(String text, String lang) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT);
        }
        return detector.detect(text);
    }

    @Override
    public GeoparseResult parse(String text, String lang) {
        String language = language(text, lang);
        Tokens tokens = tokenizer.tokenize(text);
        List<Resolver.Item> items = new ArrayList<>();
        for (Span s : matcher.match(tokens, language)) {
            List<Place> cands = gazetteer.candidates(s.key());
            if (filter.keep(tokens, s, cands, language)) {
                items.add(new Resolver.Item(s, filter.reportedEnd(tokens, s, cands), cands));
            }
        }
        return new GeoparseResult(language, resolver.resolve(text, items));
    }

    /** Resolves given spans only (the "oracle spans" evaluation): no recognition, no filtering. */
    public GeoparseResult resolveSpans(String text, String lang, List<int[]> spans) {
        String language = language(text, lang);
        List<Resolver.Item> items = new ArrayList<>();
        for (int[] se : spans) {
            String surface = text.substring(se[0], se[1]);
            String key = org.conflictmap.gazetteer.NameNormalizer.normalize(surface);
            boolean demonym = gazetteer.isDemonymKey(key);
            List<Place> cands = gazetteer.candidates(key);
            items.add(new Resolver.Item(new Span(se[0], se[1], -1, -1, key, demonym), se[1], cands));
        }
        return new GeoparseResult(language, resolver.resolve(text, items));
    }
}
