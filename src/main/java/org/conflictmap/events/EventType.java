package org.conflictmap.events;

import java.util.Locale;

/**
 * Event families (ACLED's six, plus diplomacy and other). The order is the legend order, and the
 * {@link #key()} is what data files, palettes and configuration use.
 */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments"),
    DIPLOMACY("Diplomacy"),
    OTHER("Other");

    private final String label;
    private final String key;
    private final String lowerLabel;

    EventType(String label) {
        this.label = label;
        this.key = name().toLowerCase(Locale.ROOT);
        this.lowerLabel = label.toLowerCase(Locale.ROOT);
    }

    /** Human label, ACLED spelling for the ACLED families. */
    public String label() {
        return label;
    }

    /** Stable lower-case key used in CSV/JSON: "battles", "explosions_remote_violence", ... */
    public String key() {
        return key;
    }

    /** Parses a key, a label or an ACLED event_type value (case-insensitive); OTHER when unknown. */
    public static EventType parse(String s) {
        if (s == null) {
            return OTHER;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (EventType e : values()) {
            if (e.key.equals(t) || e.lowerLabel.equals(t)) {
                return e;
            }
        }
        if (t.startsWith("explosions")) {
            return EXPLOSIONS_REMOTE_VIOLENCE;
        }
        return OTHER;
    }
}
