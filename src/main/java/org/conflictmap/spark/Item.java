package org.conflictmap.spark;

import org.conflictmap.events.EventMention;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.RecordError;

/**
 * One output of a task, tagged with its position in the single-machine run's order: the input file
 * index, then the sequence number within that file. Sorting by (unit, seq) restores input order
 * after Spark has shuffled and collected. Exactly one of the payload fields is set, as {@link #kind} says.
 */
public record Item(int unit, long seq, Kind kind, EventMention mention, UnresolvedName unresolved,
                   RecordError error, UnitStats stats) implements Comparable<Item> {

    /** What an item carries. */
    public enum Kind { MENTION, UNRESOLVED, ERROR, WARNING, STATS }

    static Item mention(int unit, long seq, EventMention m) {
        return new Item(unit, seq, Kind.MENTION, m, null, null, null);
    }

    static Item unresolved(int unit, long seq, UnresolvedName u) {
        return new Item(unit, seq, Kind.UNRESOLVED, null, u, null, null);
    }

    static Item error(int unit, long seq, RecordError e) {
        return new Item(unit, seq, Kind.ERROR, null, null, e, null);
    }

    static Item warning(int unit, long seq, RecordError e) {
        return new Item(unit, seq, Kind.WARNING, null, null, e, null);
    }

    static Item stats(int unit, long seq, UnitStats s) {
        return new Item(unit, seq, Kind.STATS, null, null, null, s);
    }

    @Override
    public int compareTo(Item o) {
        int c = Integer.compare(unit, o.unit);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
