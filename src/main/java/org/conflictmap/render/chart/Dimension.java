package org.conflictmap.render.chart;

/** What a ranking chart counts events by. */
public enum Dimension {
    /** Places (events located at a place or an admin-1 unit; country-level reports are left out). */
    PLACE("place", "Place"),
    /** Countries (all events). */
    COUNTRY("country", "Country"),
    /** First-level administrative units (events with a known admin-1). */
    ADMIN1("admin1", "Region (admin-1)"),
    /** Event types, in legend order. */
    TYPE("type", "Event type");

    private final String key;
    private final String axisLabel;

    Dimension(String key, String axisLabel) {
        this.key = key;
        this.axisLabel = axisLabel;
    }

    /** Key as in aggregates.csv ("place", "country", "admin1", "type"). */
    public String key() {
        return key;
    }

    /** Axis label. */
    public String axisLabel() {
        return axisLabel;
    }
}
