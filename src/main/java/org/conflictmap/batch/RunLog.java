package org.conflictmap.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Messages of a run, to stderr: {@code conflictmap: LEVEL: message}. A progress line is drawn only when
 * stderr is a terminal, and erased before any other message.
 */
public final class RunLog {

    private final PrintStream err;
    private final boolean verbose;
    private final boolean progress;
    private boolean progressShown;
    private long lastProgress;

    /**
     * @param err      where messages go
     * @param verbose  print info messages too (warnings and errors are always printed)
     * @param progress draw a progress line (only when err is a terminal)
     */
    public RunLog(PrintStream err, boolean verbose, boolean progress) {
        this.err = err;
        this.verbose = verbose;
        this.progress = progress;
    }

    /** A log to System.err, with a progress line when there is a console. */
    public static RunLog console(boolean verbose) {
        return new RunLog(System.err, verbose, System.console() != null);
    }

    /** A log that prints nothing (tests). */
    public static RunLog silent() {
        return new RunLog(new PrintStream(java.io.OutputStream.nullOutputStream()), false, false);
    }

    public synchronized void info(String msg) {
        if (verbose) {
            line("info", msg);
        }
    }

    public synchronized void warn(String msg) {
        line("warning", msg);
    }

    public synchronized void error(String msg) {
        line("error", msg);
    }

    /** Prints a line without a level (the final summary). */
    public synchronized void summary(String msg) {
        clearProgress();
        err.println(msg);
        err.flush();
    }

    private void line(String level, String msg) {
        clearProgress();
        err.println("conflictmap: " + level + ": " + msg);
        err.flush();
    }

    /** Redraws the progress line (at most 5 times a second). */
    public synchronized void progress(String file, int fileNo, int files, long records, long startNanos) {
        if (!progress) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastProgress < 200_000_000L) {
            return;
        }
        lastProgress = now;
        double secs = Math.max(1e-3, (now - startNanos) / 1e9);
        int width = 24;
        int done = files == 0 ? 0 : (int) ((long) width * (fileNo - 1) / files);
        String bar = "#".repeat(done) + " ".repeat(width - done);
        String name = file.length() > 32 ? "..." + file.substring(file.length() - 29) : file;
        err.print(String.format(Locale.ROOT, "\r[%s] file %d/%d %-32s %,d records, %.0f/s ", bar, fileNo, files,
                name, records, records / secs));
        err.flush();
        progressShown = true;
    }

    /** Erases the progress line. */
    public synchronized void clearProgress() {
        if (progressShown) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
            progressShown = false;
        }
    }
}
