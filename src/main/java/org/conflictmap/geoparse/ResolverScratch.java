package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * The working memory of one thread's {@link Resolver} calls, reused from document to document: the groups, the
 * table that finds a group by key, the round's arrays and small sort buffers. None of it escapes a call (the
 * mentions get fresh lists). Resolving allocated about a third of the geoparser's bytes per document before;
 * reusing them spares the worker the allocation, zeroing and collection. Not thread-safe: one per thread, and
 * one call at a time ({@link #busy}).
 */
final class ResolverScratch {
    /** True while a call uses this scratch (a nested call makes its own). */
    boolean busy;
    /** The document's groups in order of their first item; {@link #pool} holds them and spare ones. */
    final List<ResolverGroup> groups = new ArrayList<>();
    private ResolverGroup[] pool = new ResolverGroup[ResolverRound.ROOM];
    /** Open-addressing table of group indexes + 1 by key hash, 0 for empty; {@link #mask} its size - 1. */
    private int[] table = new int[2 * ResolverRound.ROOM];
    private int mask;
    ResolverGroup[] groupOf = new ResolverGroup[ResolverRound.ROOM];
    final ResolverRound round = new ResolverRound();
    final List<List<Place>> candsOf = new ArrayList<>();
    final List<double[]> containerOf = new ArrayList<>();
    final int[] order;
    final Place[] alternatives;

    /** A scratch for resolvers that report at most {@code alternatives} alternatives per mention. */
    ResolverScratch(int alternatives) {
        this.order = new int[alternatives + 1];
        this.alternatives = new Place[alternatives];
    }

    /** Forgets the last document's groups and makes room for one of {@code items} items. */
    void start(int items) {
        groups.clear();
        int size = 16;
        while (size < items * 2) {
            size <<= 1;
        }
        if (table.length < size) {
            table = new int[size];
        } else {
            Arrays.fill(table, 0, size, 0);
        }
        mask = size - 1;
        if (groupOf.length < items) {
            groupOf = new ResolverGroup[Math.max(items, groupOf.length * 2)];
        }
    }

    /** The group of {@code key} (demonyms apart) made since {@link #start}, or null. */
    ResolverGroup get(String key, boolean demonym) {
        for (int s = slot(key); ; s = (s + 1) & mask) {
            int i = table[s] - 1;
            if (i < 0) {
                return null;
            }
            ResolverGroup g = groups.get(i);
            if (g.demonym == demonym && g.key.equals(key)) {
                return g;
            }
        }
    }

    /**
     * A new group of {@code facts} for {@code key} (which has none yet), added to {@link #groups}; at most one
     * per item of the document.
     */
    ResolverGroup add(String key, boolean demonym, CandidateFacts facts) {
        int i = groups.size();
        if (i == pool.length) {
            pool = Arrays.copyOf(pool, Math.max(16, i * 2));
        }
        ResolverGroup g = pool[i];
        if (g == null) {
            g = new ResolverGroup();
            pool[i] = g;
        }
        g.reset(facts, key, demonym);
        groups.add(g);
        int s = slot(key);
        while (table[s] != 0) {
            s = (s + 1) & mask;
        }
        table[s] = i + 1;
        return g;
    }

    private int slot(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    /** Drops the references to the document's objects that the next document may not overwrite. */
    void finish(int items) {
        Arrays.fill(groupOf, 0, items, null);
        candsOf.clear();
        containerOf.clear();
        busy = false;
    }
}
