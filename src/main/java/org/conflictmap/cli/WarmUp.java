package org.conflictmap.cli;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * How long a benchmark warms up: a fixed number of MB, or rounds of {@link #ROUND_MB} MB until the JIT
 * compiler spent less than {@link #QUIET_PERCENT}% of a round's time compiling ({@link CompilerCpu}) (it has compiled the hot code
 * and what follows is the steady state of a long batch), at most {@link #MAX_MB} MB.
 *
 * @param fixedMb MB to warm up with, or null for rounds until the compiler is quiet
 */
record WarmUp(Integer fixedMb) {

    static final int ROUND_MB = 4;
    static final int QUIET_PERCENT = 5;
    static final int MAX_MB = 60;

    /** Parses one round of the given MB of fresh text and returns the documents it held. */
    interface Round {
        long parse(int mb) throws IOException;
    }

    /** What a warm-up did: MB and documents parsed, and the compiler's share of the last round (NaN if fixed). */
    record Result(int mb, long docs, double lastCompilingPercent) {
    }

    /**
     * Runs the warm-up; {@code compileMillis} is the compiler's total time so far ({@link CompilerCpu#millis}),
     * null when not available,
     * which makes an automatic warm-up run all {@link #MAX_MB} MB; {@code nanoTime} is the clock.
     */
    Result run(Round round, LongSupplier compileMillis, LongSupplier nanoTime) throws IOException {
        if (fixedMb != null) {
            return new Result(fixedMb, fixedMb > 0 ? round.parse(fixedMb) : 0, Double.NaN);
        }
        int done = 0;
        long docs = 0;
        double share = Double.NaN;
        while (done < MAX_MB) {
            long j0 = compileMillis == null ? 0 : compileMillis.getAsLong();
            long t0 = nanoTime.getAsLong();
            docs += round.parse(ROUND_MB);
            done += ROUND_MB;
            if (compileMillis != null) {
                double ms = Math.max(1e-3, (nanoTime.getAsLong() - t0) / 1e6);
                share = 100.0 * (compileMillis.getAsLong() - j0) / ms;
                if (share < QUIET_PERCENT) {
                    break;
                }
            }
        }
        return new Result(done, docs, share);
    }
}
