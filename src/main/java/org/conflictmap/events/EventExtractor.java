package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Mention;
import org.conflictmap.geoparse.MentionKind;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;

/**
 * Turns geoparsed documents and event-table rows into event reports ({@link EventMention}).
 *
 * <p>Documents: the text is split into sentences ({@link SentenceSplitter}); every resolved place mention
 * with enough confidence yields one report per (place, sentence), dated by the explicit date in the
 * sentence nearest to the mention ({@link DateFinder}) or else the document date, typed by the lexicon
 * ({@link Lexicon}; the default type when nothing fires). Precision: a country or a demonym → the country
 * itself with {@link Precision#COUNTRY} (no point at a city); a populated place or a spot (classes P, S) →
 * {@link Precision#PLACE}; any other feature is an area (admin units, regions, rivers, mountains) →
 * {@link Precision#ADMIN1}. A capital followed by a reporting verb ("Bakou dément") stands for its
 * government and counts as its country. A country (or demonym) counts only in sentences that name no finer place: in
 * "Armenian forces shelled Terter" the event is at Terter, the country is an actor. Places without a single country (continents, oceans, border rivers listed
 * with several codes) are not event places and are dropped. Mentions without a place or below
 * the minimum confidence become {@link UnresolvedName}s. A document without a date only yields reports
 * from sentences with a full explicit date; the rest is counted in one warning.
 *
 * <p>Event-table rows: see {@link RowLocator}. Thread-safe: one instance serves all threads.
 */
public final class EventExtractor {

    private final Gazetteer gazetteer;
    private final EventOptions options;
    private final Lexicon lexicon;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateFinder dates = new DateFinder();
    private final RowLocator rows;

    /** An extractor with the bundled lexicons. */
    public EventExtractor(Gazetteer gazetteer, EventOptions options) {
        this(gazetteer, options, Lexicon.bundled());
    }

    /** An extractor with a given lexicon. */
    public EventExtractor(Gazetteer gazetteer, EventOptions options, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.options = options == null ? EventOptions.defaults() : options;
        this.lexicon = lexicon;
        this.rows = new RowLocator(gazetteer, this.options);
    }

    /** The options in use. */
    public EventOptions options() {
        return options;
    }

    /** Event reports of one geoparsed document. */
    public ExtractionResult extract(Document doc, GeoparseResult parsed) {
        String lang = parsed.lang() != null && !parsed.lang().isBlank() ? parsed.lang() : doc.lang();
        List<Sentence> sentences = splitter.split(doc.text());
        List<EventMention> mentions = new ArrayList<>();
        List<UnresolvedName> unresolved = new ArrayList<>();
        List<RecordError> warnings = new ArrayList<>();
        Map<Integer, EventType> typeCache = new HashMap<>();
        Map<Integer, List<DateFinder.Found>> dateCache = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> finer = new HashSet<>();
        List<Mention> all = parsed.mentions();
        Place[] places = new Place[all.size()];
        int[] sentenceOf = new int[all.size()];
        for (int i = 0; i < places.length; i++) {
            Mention m = all.get(i);
            sentenceOf[i] = sentenceIndex(sentences, m.start());
            Place p = m.place() == null || m.confidence() < options.minConfidence() ? null : eventPlace(m, doc.text());
            places[i] = p;
            if (p != null && precisionOf(p) != Precision.COUNTRY && options.keeps(precisionOf(p))) {
                finer.add(sentenceOf[i]);
            }
        }
        int undated = 0;
        for (int i = 0; i < places.length; i++) {
            Mention m = all.get(i);
            int si = sentenceOf[i];
            Sentence s = si < 0 ? null : sentences.get(si);
            String text = s == null ? m.surface() : s.text();
            if (m.place() == null || m.confidence() < options.minConfidence()) {
                if (seen.add("u|" + m.surface() + "|" + si)) {
                    unresolved.add(new UnresolvedName(m.surface(), doc.id(), text));
                }
                continue;
            }
            Place place = places[i];
            if (place == null) {
                continue;
            }
            Precision precision = precisionOf(place);
            if (!options.keeps(precision) || (precision == Precision.COUNTRY && finer.contains(si))) {
                continue;
            }
            EventType type = typeCache.computeIfAbsent(si, k -> {
                EventType t = lexicon.classify(text, lang);
                return t == null ? options.defaultType() : t;
            });
            if (type == null) {
                continue;
            }
            LocalDate date = null;
            if (s != null) {
                List<DateFinder.Found> found = dateCache.computeIfAbsent(si, k -> dates.find(text, doc.date(), lang));
                date = DateFinder.nearest(found, m.start() - s.start());
            }
            if (date == null) {
                date = doc.date();
            }
            if (date == null) {
                undated++;
                continue;
            }
            if (seen.add(place.id() + "|" + si + "|" + date)) {
                mentions.add(new EventMention(doc.id(), date, type, place, precision, place.lat(), place.lon(), text,
                        null, doc.location()));
            }
        }
        if (undated > 0) {
            warnings.add(new RecordError(doc.location(), "document '" + doc.id() + "' has no date: " + undated
                    + " place mention(s) without an explicit date in their sentence were not counted as events"));
        }
        return new ExtractionResult(mentions, unresolved, warnings);
    }

    /** Event report of one event-table row (see {@link RowLocator}). */
    public ExtractionResult extract(EventRow row) {
        return rows.locate(row);
    }

    private static int sentenceIndex(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /**
     * The place an event is counted for: the country for demonyms and for a capital used as its government
     * ({@link Metonymy}); null for places outside a single country.
     */
    private Place eventPlace(Mention m, String text) {
        Place p = m.place();
        boolean actor = "PPLC".equals(p.featureCode()) && p.isPopulatedPlace() && m.end() <= text.length()
                && Metonymy.actorVerbFollows(text, m.end());
        if ((m.kind() == MentionKind.DEMONYM || actor) && !p.isCountry()) {
            p = p.country().isEmpty() ? null : gazetteer.country(p.country()).orElse(null);
        }
        if (p == null || p.country().isEmpty() || p.country().indexOf(',') >= 0) {
            return null;
        }
        return p;
    }

    /**
     * Precision of an event at a place: the country; a point for populated places (class P) and spots
     * (class S: buildings, airports); an area (reported as ADMIN1) for everything else: admin units,
     * regions, rivers, lakes, mountains, valleys.
     */
    static Precision precisionOf(Place p) {
        if (p.isCountry()) {
            return Precision.COUNTRY;
        }
        if (p.isPopulatedPlace() || "S".equals(p.featureClass())) {
            return Precision.PLACE;
        }
        return Precision.ADMIN1;
    }
}
