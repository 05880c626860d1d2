package org.postdesk.core.io;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs tasks later on a background thread; tests pass one with a hand-moved clock. */
public interface Scheduler extends AutoCloseable {
    /** A scheduled task that can be called off. */
    interface Task {
        void cancel();
    }

    /** Milliseconds on this scheduler's clock. */
    long nowMillis();

    Task schedule(Runnable task, long delayMillis);

    @Override
    void close();

    /** One daemon thread named {@code name}. */
    static Scheduler background(String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return new Scheduler() {
            @Override
            public long nowMillis() {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
            }

            @Override
            public Task schedule(Runnable task, long delayMillis) {
                var future = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public void close() {
                executor.shutdown();
            }
        };
    }
}
