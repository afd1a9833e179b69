package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** A fake clock where each round takes 1 s and the compiler works the given ms in round k. */
    private static WarmUp.Result run(WarmUp w, long[] compileMsPerRound, List<Integer> rounds) throws Exception {
        long[] clock = {0};
        long[] compiled = {0};
        int[] k = {0};
        return w.run(mb -> {
            rounds.add(mb);
            clock[0] += 1_000_000_000L;
            compiled[0] += compileMsPerRound[Math.min(k[0]++, compileMsPerRound.length - 1)];
            return 10;
        }, () -> compiled[0], () -> clock[0]);
    }

    @Test
    void stopsAfterTheFirstRoundInWhichTheCompilerWasNearlyIdle() throws Exception {
        List<Integer> rounds = new ArrayList<>();
        WarmUp.Result r = run(new WarmUp(null), new long[] {900, 600, 200, 30, 0}, rounds);
        assertEquals(List.of(4, 4, 4, 4), rounds);
        assertEquals(16, r.mb());
        assertEquals(40, r.docs());
        assertEquals(3.0, r.lastCompilingPercent(), 1e-9);
    }

    @Test
    void aCompilerThatNeverRestsEndsTheWarmUpAtTheCap() throws Exception {
        List<Integer> rounds = new ArrayList<>();
        WarmUp.Result r = run(new WarmUp(null), new long[] {500}, rounds);
        assertEquals(WarmUp.MAX_MB, r.mb());
        assertEquals(WarmUp.MAX_MB / WarmUp.ROUND_MB, rounds.size());
        assertTrue(r.lastCompilingPercent() >= WarmUp.QUIET_PERCENT);
    }

    @Test
    void aFixedWarmUpIsOneRoundOfThatSizeAndZeroIsNone() throws Exception {
        List<Integer> rounds = new ArrayList<>();
        assertEquals(12, run(new WarmUp(12), new long[] {900}, rounds).mb());
        assertEquals(List.of(12), rounds);
        rounds.clear();
        WarmUp.Result cold = run(new WarmUp(0), new long[] {900}, rounds);
        assertEquals(0, cold.docs());
        assertTrue(rounds.isEmpty());
    }

    @Test
    void withoutCompilerTimesTheAutomaticWarmUpRunsToTheCap() throws Exception {
        List<Integer> rounds = new ArrayList<>();
        WarmUp.Result r = new WarmUp(null).run(mb -> {
            rounds.add(mb);
            return 1;
        }, null, System::nanoTime);
        assertEquals(WarmUp.MAX_MB, r.mb());
        assertTrue(Double.isNaN(r.lastCompilingPercent()));
    }
}
