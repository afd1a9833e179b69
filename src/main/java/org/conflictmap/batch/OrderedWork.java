package org.conflictmap.batch;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool and hands their results to a consumer in submission order, on the submitting
 * thread. At most {@code maxInFlight} tasks are pending: {@link #submit} waits for the oldest one when the
 * window is full, so a fast reader never piles up documents in memory.
 *
 * @param <R> result type
 */
final class OrderedWork<R> {

    private final ExecutorService pool;
    private final int maxInFlight;
    private final Consumer<R> consumer;
    private final ArrayDeque<Future<R>> window = new ArrayDeque<>();

    OrderedWork(ExecutorService pool, int maxInFlight, Consumer<R> consumer) {
        this.pool = pool;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.consumer = consumer;
    }

    /** Queues a task; its result reaches the consumer after every earlier result. */
    void submit(Callable<R> task) {
        window.add(pool.submit(task));
        drain(false);
    }

    /** Queues a result that needs no work. */
    void submitDone(R value) {
        window.add(CompletableFuture.completedFuture(value));
        drain(false);
    }

    /** Waits for every queued task and hands on all results. */
    void finish() {
        drain(true);
    }

    private void drain(boolean all) {
        while (!window.isEmpty()) {
            Future<R> head = window.peek();
            if (!all && !head.isDone() && window.size() <= maxInFlight) {
                return;
            }
            consumer.accept(await(head));
            window.poll();
        }
    }

    /** Cancels what is still queued (after a failure). */
    void cancel() {
        for (Future<R> f : window) {
            f.cancel(true);
        }
        window.clear();
    }

    private static <R> R await(Future<R> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    if (c instanceof Error er) {
                        throw er;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
