package org.conflictmap.batch;

/**
 * Process exit codes of {@code conflictmap run} (BSD sysexits values where one fits).
 */
public final class ExitCode {

    /** Everything read was processed and every output was written. */
    public static final int OK = 0;
    /** An internal error (a bug): the message and stack trace are logged. */
    public static final int INTERNAL = 1;
    /** Some input records were bad: outputs are still written, errors.csv lists them (EX_DATAERR). */
    public static final int DATA_ERR = 65;
    /** No input: a configured input does not exist or holds no files (EX_NOINPUT). */
    public static final int NO_INPUT = 66;
    /** The output folder cannot be written, or another run holds its lock (EX_CANTCREAT). */
    public static final int CANT_CREATE = 73;
    /** An I/O error while reading inputs or the gazetteer (EX_IOERR). */
    public static final int IO_ERR = 74;
    /** Bad configuration (EX_CONFIG). */
    public static final int CONFIG = 78;

    private ExitCode() {
    }
}
