package org.conflictmap.gazetteer;

/** A compiled gazetteer file that cannot be used: wrong magic or version, truncated, or failing its checksum. */
public final class GazetteerFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GazetteerFormatException(String message) {
        super(message);
    }

    public GazetteerFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
