package org.conflictmap.events;

/**
 * Settings of event building.
 *
 * @param minConfidence minimum geoparser confidence (0..1) for a toponym to count; below it the name is
 *                      reported as unresolved. Default 0.5.
 * @param minPrecision  the coarsest precision kept: {@link Precision#PLACE} keeps only events at places,
 *                      {@link Precision#ADMIN1} also admin-1 (and other area) events, {@link Precision#COUNTRY}
 *                      keeps everything. Default COUNTRY.
 * @param defaultType   the type of a sentence in which no lexicon entry fires, or null to drop such
 *                      sentences. Default {@link EventType#OTHER}.
 * @param farPointKm    an event-table row whose coordinates lie farther than this from every gazetteer
 *                      candidate for its place name is flagged (and kept). Default 50 km.
 */
public record EventOptions(double minConfidence, Precision minPrecision, EventType defaultType, double farPointKm) {

    public EventOptions {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be within 0..1, got " + minConfidence);
        }
        if (minPrecision == null) {
            throw new IllegalArgumentException("minPrecision must be place, admin1 or country");
        }
        if (!(farPointKm > 0)) {
            throw new IllegalArgumentException("farPointKm must be > 0, got " + farPointKm);
        }
    }

    /** The defaults: confidence 0.5, all precisions, untyped sentences kept as OTHER, 50 km. */
    public static EventOptions defaults() {
        return new EventOptions(0.5, Precision.COUNTRY, EventType.OTHER, 50);
    }

    /** True when events of this precision are kept. */
    public boolean keeps(Precision p) {
        return p.ordinal() <= minPrecision.ordinal();
    }

    /** A copy with another minimum confidence. */
    public EventOptions withMinConfidence(double v) {
        return new EventOptions(v, minPrecision, defaultType, farPointKm);
    }

    /** A copy with another coarsest kept precision. */
    public EventOptions withMinPrecision(Precision p) {
        return new EventOptions(minConfidence, p, defaultType, farPointKm);
    }

    /** A copy with another default type (null drops untyped sentences). */
    public EventOptions withDefaultType(EventType t) {
        return new EventOptions(minConfidence, minPrecision, t, farPointKm);
    }

    /** A copy with another far-point threshold. */
    public EventOptions withFarPointKm(double km) {
        return new EventOptions(minConfidence, minPrecision, defaultType, km);
    }
}
