package dev.breakeven.strategies.spark;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A batch of tasks as one Spark job: the task indices parallelised into p partitions, each partition run
 * on an executor core, and the partitions' checksums summed on the driver, so the batch checksum equals
 * the sequential loop's.
 *
 * <p><b>What is measured.</b> {@code spark} creates the SparkContext ({@code local[p]} in the benchmark's
 * JVM, or on the cluster of {@code --spark-master} with {@code spark.cores.max = p}, waiting until the
 * executors offer all p cores) when the strategy is created, i.e. in JMH's trial set-up, and keeps it;
 * one operation is one job: schedule p tasks, ship the function and the indices, run, collect. {@code
 * spark-cold} creates and stops the SparkContext inside every operation, so its time minus {@code
 * spark}'s is the context's start-up (and, on a cluster, the executors' JVMs starting).
 *
 * <p><b>Warm-up in set-up.</b> A fresh context's first job takes about a second and the next hundred or so
 * get faster as the JIT compiles Spark's scheduler and serialisers (on a 2-core VM: 1.1 s, then 50 ms by
 * the 5th, 20 ms by the 50th, about 10 ms from the 250th job). The short JMH warm-up of the quick and
 * standard profiles would measure that curve, not Spark, so {@code spark} runs {@value #WARM_UP_JOBS} empty
 * jobs (at most {@value #WARM_UP_SECONDS} s) when it starts, like a session that has already run jobs;
 * {@code spark-cold} pays all of it in every batch, which is what it measures.
 *
 * <p><b>Why p partitions.</b> {@code sc.parallelize(items)} cuts a collection into
 * {@code spark.default.parallelism} slices, which is the total executor cores: p. That is what a user's
 * first Spark job does, it gives every core one Spark task, and it keeps Spark's per-task cost (a task
 * to schedule, serialise and report) to p per batch, which is the fairest floor for Spark. Spark's tuning
 * guide recommends 2-3 tasks per core for uneven work; set {@code --spark-conf spark.default.parallelism=N}
 * to measure that instead.
 *
 * <p><b>Tasks on executors.</b> Only the task's spec (task, weight, seed) travels; each executor JVM
 * creates the catalogue task once and keeps it ({@link ExecutorTasks}). A task that throws fails the
 * batch with a {@link TaskFailedException} that names the executor thread, id and host and carries the
 * executor's stack trace.
 */
final class SparkStrategy implements Strategy {

    static final String WARM = "spark";
    static final String COLD = "spark-cold";

    /**
     * Empty jobs {@code spark} runs at set-up, so measurement starts on a warmed context (tests lower it with
     * {@code -Dbreakeven.spark.warm-up-jobs=N})...
     */
    static final int WARM_UP_JOBS = 300;
    /** ...unless they take longer than this (a busy machine, a slow cluster). */
    static final int WARM_UP_SECONDS = 10;

    private final String name;
    private final int workers;
    private final boolean cold;
    private final SparkSettings settings;
    private JavaSparkContext context;
    private Task shared;
    private List<Integer> indices = List.of();
    private List<PartitionResult> lastBatch = List.of();
    private int executorCores;

    SparkStrategy(int workers, boolean cold, SparkSettings settings) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.name = cold ? COLD : WARM;
        this.workers = workers;
        this.cold = cold;
        this.settings = settings;
        if (!cold) {
            context = start();
            warmUp(context);
        }
    }

    private void warmUp(JavaSparkContext spark) {
        List<Integer> slots = IntStream.range(0, 2 * workers).boxed().toList();
        long end = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        int jobs = Integer.getInteger("breakeven.spark.warm-up-jobs", WARM_UP_JOBS);
        for (int job = 0; job < jobs && System.nanoTime() < end; job++) {
            spark.parallelize(slots, workers).mapPartitions(new EmptyPartition()).collect();
        }
    }

    private JavaSparkContext start() {
        JavaSparkContext started = new JavaSparkContext(SparkContexts.conf(settings,
                "breakeven " + name + " with " + workers + " worker" + (workers == 1 ? "" : "s"), workers));
        try {
            if (settings.onCluster()) {
                SparkContexts.awaitCores(started, settings, workers);
                executorCores = ExecutorCores.current().totalCores();
            } else {
                executorCores = started.sc().defaultParallelism();
            }
            return started;
        } catch (InterruptedException e) {
            started.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark executors", e);
        } catch (RuntimeException e) {
            started.stop();
            throw e;
        }
    }

    @Override
    public long runBatch(Task task, int batch) {
        TaskSpec spec = task.spec();
        if (settings.onCluster() && TaskType.find(spec.task()).isEmpty()) {
            throw new IllegalArgumentException(name + " on a cluster runs catalogue tasks only (executors recreate"
                    + " them from task, weight and seed); '" + spec.task() + "' is not one of: " + TaskType.ids());
        }
        if (shared != task) {
            if (shared != null) {
                ExecutorTasks.forget(shared);
            }
            ExecutorTasks.share(task);
            shared = task;
        }
        if (indices.size() != batch) {
            indices = IntStream.range(0, batch).boxed().collect(Collectors.toUnmodifiableList());
        }
        if (!cold) {
            if (context == null) {
                throw new IllegalStateException(name + " is closed");
            }
            return run(context, spec);
        }
        JavaSparkContext fresh = start();
        try {
            return run(fresh, spec);
        } finally {
            fresh.stop();
        }
    }

    private long run(JavaSparkContext spark, TaskSpec spec) {
        int partitions = spark.getConf().getInt("spark.default.parallelism", workers);
        List<PartitionResult> results;
        try {
            results = spark.parallelize(indices, partitions).mapPartitions(new RunPartition(spec, name, workers))
                    .collect();
        } catch (Exception e) {   // Spark's (checked) SparkException, undeclared by its Scala methods
            throw taskFailure(e);
        }
        lastBatch = results;
        long sum = 0;
        for (PartitionResult r : results) {
            sum += r.checksum();
        }
        return sum;
    }

    /** The task's own failure from Spark's job failure, so callers see what every strategy reports. */
    private RuntimeException taskFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TaskFailedException failed) {
                return failed;
            }
        }
        String message = String.valueOf(e.getMessage());
        return new IllegalStateException(name + " with " + workers + " workers: the Spark job failed: "
                + message.lines().findFirst().orElse(message), e);
    }

    /** Executor cores the SparkContext has: p in {@code local[p]}, the executors' total on a cluster. */
    int executorCores() {
        return executorCores;
    }

    /** Where the last batch's partitions ran: one entry per partition (Spark task). */
    List<PartitionResult> lastBatch() {
        return lastBatch;
    }

    @Override
    public void close() {
        if (shared != null) {
            ExecutorTasks.forget(shared);
            shared = null;
        }
        if (context != null) {
            context.stop();
            context = null;
        }
    }
}
