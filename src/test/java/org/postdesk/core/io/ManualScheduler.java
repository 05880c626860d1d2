package org.postdesk.core.io;

import java.util.ArrayList;
import java.util.List;

/** A scheduler whose clock moves only when a test calls {@link #advance}; due tasks run on the test's thread. */
final class ManualScheduler implements Scheduler {
    private final class Job implements Task {
        final long due;
        final Runnable task;
        boolean cancelled;

        Job(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final List<Job> jobs = new ArrayList<>();
    private long now;

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public Task schedule(Runnable task, long delayMillis) {
        Job j = new Job(now + delayMillis, task);
        jobs.add(j);
        return j;
    }

    void advance(long millis) {
        long end = now + millis;
        while (true) {
            Job next = jobs.stream().filter(j -> !j.cancelled && j.due <= end)
                    .min((a, b) -> Long.compare(a.due, b.due)).orElse(null);
            if (next == null) {
                break;
            }
            jobs.remove(next);
            now = Math.max(now, next.due);
            next.task.run();
        }
        now = end;
    }

    @Override
    public void close() {
        jobs.clear();
    }
}
