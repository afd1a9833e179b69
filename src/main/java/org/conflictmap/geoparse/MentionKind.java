package org.conflictmap.geoparse;

/** What a place mention is: a toponym proper, or a demonym that stands for its country. */
public enum MentionKind {
    TOPONYM, DEMONYM;

    /** The lower-case name used in JSON output ("toponym", "demonym"). */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
