package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A new virtual thread per task with at most p in flight (a semaphore of p permits), on JVMs that have
 * virtual threads (21+). The code is compiled for Java 17, so the executor is looked up reflectively;
 * on an older JVM {@link #availability()} says why it is skipped.
 */
final class VirtualThreadsStrategy implements Strategy {

    private static final String NAME = "virtual-threads";

    private final int workers;
    private final Semaphore inFlight;
    private final ExecutorService executor;

    VirtualThreadsStrategy(int workers) {
        this.workers = workers;
        this.inFlight = new Semaphore(workers);
        this.executor = newVirtualThreadPerTaskExecutor();
    }

    static Availability availability(int feature) {
        return feature >= 21 ? Availability.YES
                : Availability.no("virtual threads need Java 21 or newer; this JVM is Java " + feature
                        + " (run with a newer JDK, e.g. --jvm /path/to/jdk-21/bin/java)");
    }

    private static ExecutorService newVirtualThreadPerTaskExecutor() {
        Availability a = availability(Runtime.version().feature());
        if (!a.available()) {
            throw new UnsupportedOperationException(a.reason());
        }
        try {
            return (ExecutorService) MethodHandles.publicLookup()
                    .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                            MethodType.methodType(ExecutorService.class))
                    .invoke();
        } catch (Throwable e) {
            throw new UnsupportedOperationException("virtual threads are not available: " + e, e);
        }
    }

    @Override
    public long runBatch(Task task, int batch) throws InterruptedException {
        List<Future<Long>> futures = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            int index = i;
            inFlight.acquire();
            futures.add(executor.submit(() -> {
                try {
                    return Traced.run(task, index, NAME, workers);
                } finally {
                    inFlight.release();
                }
            }));
        }
        return Traced.sum(futures);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
