package dev.breakeven.strategies;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories that name workers after their strategy, so failures and logs say which worker. */
final class NamedThreads {

    private NamedThreads() {
    }

    static ThreadFactory platform(String strategy) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, strategy + "-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static ForkJoinPool forkJoinPool(String strategy, int workers) {
        AtomicInteger n = new AtomicInteger();
        return new ForkJoinPool(workers, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName(strategy + "-worker-" + n.incrementAndGet());
            return t;
        }, null, false);
    }
}
