package dev.breakeven.strategies.process;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A quick look, without JMH, at the two numbers that decide when a process pool pays: how long a pool
 * takes to start, and what one task's round trip costs, for {@code process-pool} and {@code fixed-pool}
 * with the trivial task ({@code arithmetic}, weight 1). The Java counterpart of
 * {@code python/pool_overhead.py}; the figures to quote come from JMH's {@code BatchBenchmark}.
 *
 * <p>{@code java -cp target/breakeven.jar dev.breakeven.strategies.process.OverheadProbe [workers...]}
 * prints one JSON object per line, with the same keys as the Python script: start-up in ms (median of
 * create the pool, run p tasks through it, close it; the thread pool starts its threads lazily, so its
 * creation alone would say nothing), and µs per task for batches of 48 and of 10,000 tasks on a warm pool.
 * {@code -Dbreakeven.process.payload-bytes=N} sends N bytes with every process-pool task.
 */
public final class OverheadProbe {

    private static final int STARTS = 5;
    private static final long MEASURE_NANOS = 1_000_000_000L;

    private OverheadProbe() {
    }

    public static void main(String[] args) throws Exception {
        int[] workerCounts = args.length == 0 ? new int[] {1, 2}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        try (Task task = TaskType.ARITHMETIC.create(1, TaskSpec.DEFAULT_SEED)) {
            for (StrategyType type : List.of(StrategyType.FIXED_POOL, StrategyType.PROCESS_POOL)) {
                for (int p : workerCounts) {
                    probe(type, p, task);
                }
            }
        }
    }

    private static void probe(StrategyType type, int workers, Task task) throws Exception {
        List<Double> startupMs = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            long t0 = System.nanoTime();
            try (Strategy s = type.create(workers)) {
                s.runBatch(task, workers);
            }
            startupMs.add((System.nanoTime() - t0) / 1e6);
        }
        double perTask48;
        double perTask10k;
        try (Strategy s = type.create(workers)) {
            perTask(s, task, 48); // warm-up: the JIT of parent and workers
            perTask48 = perTask(s, task, 48);
            perTask10k = perTask(s, task, 10_000);
        }
        int payload = type == StrategyType.PROCESS_POOL ? WorkerOptions.fromSystemProperties().payloadBytes() : 0;
        System.out.printf(Locale.ROOT, "{\"strategy\": \"%s\", \"workers\": %d, \"payload_bytes\": %d,"
                        + " \"startup_ms\": %.2f, \"per_task_us_batch48\": %.2f, \"per_task_us_batch10000\": %.2f}%n",
                type.id(), workers, payload, median(startupMs), perTask48, perTask10k);
    }

    /** Runs batches of {@code batch} tasks for about a second; returns µs per task. */
    private static double perTask(Strategy s, Task task, int batch) throws Exception {
        long tasks = 0;
        long sink = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            sink += s.runBatch(task, batch);
            tasks += batch;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        if (sink == 42) {
            System.out.print("");
        }
        return elapsed / 1e3 / tasks;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
