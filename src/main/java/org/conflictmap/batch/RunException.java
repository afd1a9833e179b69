package org.conflictmap.batch;

/** A condition that stops a run, with the process exit code it maps to (see {@link ExitCode}). */
public class RunException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public RunException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public RunException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }
}
