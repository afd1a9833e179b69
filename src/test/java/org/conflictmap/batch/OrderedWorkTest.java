package org.conflictmap.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {

    @Test
    void resultsArriveInSubmissionOrderWithBoundedWindow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Integer> got = new ArrayList<>();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger maxPending = new AtomicInteger();
            AtomicInteger submitted = new AtomicInteger();
            OrderedWork<Integer> w = new OrderedWork<>(pool, 8, got::add);
            for (int i = 0; i < 200; i++) {
                int n = i;
                submitted.incrementAndGet();
                maxPending.accumulateAndGet(submitted.get() - got.size(), Math::max);
                if (i % 7 == 0) {
                    w.submitDone(n);
                } else {
                    w.submit(() -> {
                        running.incrementAndGet();
                        Thread.sleep((n * 37) % 5);
                        running.decrementAndGet();
                        return n;
                    });
                }
            }
            w.finish();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                expected.add(i);
            }
            assertEquals(expected, got);
            assertTrue(maxPending.get() <= 10, "pending " + maxPending.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
