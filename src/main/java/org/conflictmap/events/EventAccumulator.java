package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.Gazetteer;

/**
 * Merges event reports one at a time, keeping per event only what the merged {@link Event} needs: the
 * first report in {@link EventMerger}'s report order, the first one with a non-blank sentence, the
 * largest fatality count and the reporting documents. Memory grows with the number of events (and
 * distinct document/event pairs), not with the number of reports. The result equals
 * {@link EventMerger#merge(Collection, Gazetteer)} over the same reports, whatever their order
 * (reports that compare equal keep the first one added, as a stable sort does). Not thread-safe.
 */
public final class EventAccumulator {

    private record Key(LocalDate date, EventType type, long placeId) {
    }

    /** What one event keeps while its reports arrive. */
    private static final class Group {
        EventMention first;
        EventMention evidence;
        Integer fatalities;
        String[] docs = new String[2];
        int docCount;

        void add(EventMention m) {
            if (first == null || compare(m, first) < 0) {
                first = m;
            }
            String s = m.sentence();
            if (s != null && !s.isBlank() && (evidence == null || compare(m, evidence) < 0)) {
                evidence = m;
            }
            Integer f = m.fatalities();
            if (f != null && (fatalities == null || f > fatalities)) {
                fatalities = f;
            }
            String d = m.documentId();
            if (docCount == 0 || !docs[docCount - 1].equals(d)) {
                if (docCount == docs.length) {
                    docs = Arrays.copyOf(docs, docCount * 2);
                }
                docs[docCount++] = d;
            }
        }

        /** The distinct documents, sorted. */
        List<String> documents() {
            String[] a = Arrays.copyOf(docs, docCount);
            Arrays.sort(a);
            int n = 0;
            for (int i = 0; i < a.length; i++) {
                if (n == 0 || !a[n - 1].equals(a[i])) {
                    a[n++] = a[i];
                }
            }
            return Arrays.asList(a).subList(0, n);
        }
    }

    private final Map<Key, Group> groups = new HashMap<>();
    private long reports;

    /** Adds one report. */
    public void add(EventMention m) {
        groups.computeIfAbsent(new Key(m.date(), m.type(), m.place().id()), k -> new Group()).add(m);
        reports++;
    }

    /** Reports added so far. */
    public long reports() {
        return reports;
    }

    /** Events so far. */
    public int events() {
        return groups.size();
    }

    /**
     * The merged events, sorted by date, type (legend order) and place id; country and admin-1 names from
     * the gazetteer (may be null). Empties the accumulator as it goes, so the reports' state and the events
     * are not both held in full.
     */
    public List<Event> events(Gazetteer gazetteer) {
        Key[] keys = groups.keySet().toArray(new Key[0]);
        Arrays.sort(keys, Comparator.comparing(Key::date).thenComparing(Key::type).thenComparingLong(Key::placeId));
        List<Event> out = new ArrayList<>(keys.length);
        for (Key k : keys) {
            Group g = groups.remove(k);
            out.add(EventMerger.event(k.date(), k.type(), g.first, g.documents(), g.fatalities,
                    g.evidence == null ? "" : g.evidence.sentence(), gazetteer));
        }
        groups.clear();
        reports = 0;
        return List.copyOf(out);
    }

    /**
     * {@link EventMerger}'s report order: document id, file, line, sentence, latitude, longitude,
     * fatalities (missing values first).
     */
    static int compare(EventMention a, EventMention b) {
        int c = a.documentId().compareTo(b.documentId());
        if (c != 0) {
            return c;
        }
        c = (a.location() == null ? "" : a.location().file()).compareTo(b.location() == null ? "" : b.location().file());
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.location() == null ? 0 : a.location().line(), b.location() == null ? 0 : b.location().line());
        if (c != 0) {
            return c;
        }
        String sa = a.sentence() == null ? "" : a.sentence();
        String sb = b.sentence() == null ? "" : b.sentence();
        if (sa != sb) {
            c = sa.compareTo(sb);
            if (c != 0) {
                return c;
            }
        }
        c = Double.compare(a.lat(), b.lat());
        if (c != 0) {
            return c;
        }
        c = Double.compare(a.lon(), b.lon());
        if (c != 0) {
            return c;
        }
        return Integer.compare(a.fatalities() == null ? -1 : a.fatalities(), b.fatalities() == null ? -1 : b.fatalities());
    }
}
