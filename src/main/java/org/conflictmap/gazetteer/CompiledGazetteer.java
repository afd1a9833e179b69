package org.conflictmap.gazetteer;

import java.util.List;

/**
 * Everything the writer stores, already ordered: places sorted by id, keys sorted by key with
 * postings in prior order, country codes sorted by ISO2.
 *
 * @param places  places sorted by id (a place's ordinal is its index here)
 * @param keys    keys sorted by key
 * @param codes   country codes sorted by ISO2 (each must have a country place)
 * @param meta    human-readable build description (sources and counts)
 */
public record CompiledGazetteer(List<CompiledPlace> places, List<CompiledKey> keys, List<CountryCodes> codes,
                                String meta) {

    public CompiledGazetteer {
        places = List.copyOf(places);
        keys = List.copyOf(keys);
        codes = List.copyOf(codes);
        meta = meta == null ? "" : meta;
    }
}
