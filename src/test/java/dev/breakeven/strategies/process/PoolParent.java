package dev.breakeven.strategies.process;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * A parent JVM for the orphan tests: starts a {@code process-pool}, prints
 * {@code READY <poolId> <pid>...}, then waits ({@code idle}), or gives every worker a task that runs for
 * minutes and prints {@code BUSY} once each worker's task is in its pipe ({@code busy}), until the test
 * kills it. A task in the pipe is as good as a running one: a worker reads what was written before its
 * parent died, runs it, and cannot read stdin again before the test is over.
 */
public final class PoolParent {

    private PoolParent() {
    }

    public static void main(String[] args) throws Exception {
        boolean busy = args[0].equals("busy");
        int workers = Integer.parseInt(args[1]);
        ProcessPoolStrategy pool = ProcessPoolStrategy.warm(workers); // deliberately never closed
        Task quick = TaskType.ARITHMETIC.create(1, TaskSpec.DEFAULT_SEED);
        pool.runBatch(quick, workers * 4);
        System.out.println("READY " + pool.poolId() + " "
                + pool.workerPids().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.flush();
        if (busy) {
            Task endless = TaskType.ARITHMETIC.create(Long.MAX_VALUE / 2, TaskSpec.DEFAULT_SEED);
            CountDownLatch sent = new CountDownLatch(workers);
            pool.dispatchHooks(new DispatchHooks() {
                @Override
                public void firstTasksSent(WorkerProcess worker) {
                    sent.countDown();
                }
            });
            Thread batch = new Thread(() -> {
                try {
                    pool.runBatch(endless, workers); // one task per worker: a batch of p never sends two ahead
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, "endless-batch");
            batch.setDaemon(true);
            batch.start();
            sent.await();
            System.out.println("BUSY");
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
