package dev.breakeven.strategies.process;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.stream.Collectors;

/**
 * A parent JVM for the orphan tests: starts a {@code process-pool}, prints
 * {@code READY <poolId> <pid>...}, then waits ({@code idle}) or keeps its workers in a very long task
 * ({@code busy}), until the test kills it.
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
            // Minutes per task: the workers will not read stdin again before the test is over.
            Task endless = TaskType.ARITHMETIC.create(Long.MAX_VALUE / 2, TaskSpec.DEFAULT_SEED);
            pool.runBatch(endless, workers);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
