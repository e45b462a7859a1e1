package dev.breakeven.strategies;

import dev.breakeven.strategies.process.ProcessPoolStrategy;
import dev.breakeven.strategies.spark.SparkStrategies;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The ways of spreading a batch over p workers; each entry is a factory for its {@link Strategy}. */
public enum StrategyType {
    SEQUENTIAL("sequential", "plain loop on one thread, no pool: the baseline of every speedup",
            p -> new SequentialStrategy()),
    FIXED_POOL("fixed-pool", "ExecutorService of p threads kept for the whole run (multiprocessing.Pool)",
            p -> new FixedPoolStrategy("fixed-pool", p, false)),
    FIXED_POOL_COLD("fixed-pool-cold",
            "creates, uses and shuts down a pool of p threads in every batch (with Pool() as pool:)",
            p -> new FixedPoolStrategy("fixed-pool-cold", p, true)),
    FORK_JOIN("fork-join", "ForkJoinPool(p) with recursive splitting of the batch and work stealing",
            ForkJoinStrategy::new),
    PARALLEL_STREAM("parallel-stream", "IntStream.parallel() run inside a ForkJoinPool(p), not the common pool",
            ParallelStreamStrategy::new),
    VIRTUAL_THREADS("virtual-threads", "a virtual thread per task, at most p in flight (Java 21+)",
            VirtualThreadsStrategy::new, VirtualThreadsStrategy::availability),
    PROCESS_POOL("process-pool",
            "p worker JVMs kept for the whole run, tasks and checksums over pipes (multiprocessing.Pool)",
            ProcessPoolStrategy::warm),
    PROCESS_POOL_COLD("process-pool-cold",
            "starts p worker JVMs, runs the batch and stops them in every batch (with Pool() as pool:)",
            ProcessPoolStrategy::cold),
    SPARK("spark", "one Spark job per batch on p executor cores: local[p], or a cluster with --spark-master"
            + " (optional build, only when asked for)",
            SparkStrategies::warm, SparkStrategies::availability, true),
    SPARK_COLD("spark-cold", "creates a SparkContext, runs the batch as one job and stops it, in every batch"
            + " (optional build, only when asked for)",
            SparkStrategies::cold, SparkStrategies::availability, true);

    /** Availability on a JVM of a given feature version (17, 21, 25...). */
    @FunctionalInterface
    interface AvailabilityCheck {
        Availability on(int javaFeature);
    }

    private final String id;
    private final String description;
    private final IntFunction<Strategy> factory;
    private final AvailabilityCheck availability;
    private final boolean onRequest;

    StrategyType(String id, String description, IntFunction<Strategy> factory) {
        this(id, description, factory, feature -> Availability.YES);
    }

    StrategyType(String id, String description, IntFunction<Strategy> factory,
                 AvailabilityCheck availability) {
        this(id, description, factory, availability, false);
    }

    StrategyType(String id, String description, IntFunction<Strategy> factory,
                 AvailabilityCheck availability, boolean onRequest) {
        this.id = id;
        this.description = description;
        this.factory = factory;
        this.availability = availability;
        this.onRequest = onRequest;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The sequential baseline runs at one worker only; every other strategy scales over p. */
    public boolean isBaseline() {
        return this == SEQUENTIAL;
    }

    /** Whether this JVM can run the strategy, and the reason when it cannot. */
    public Availability availability() {
        return availability(Runtime.version().feature());
    }

    /** Whether a JVM of feature version {@code javaFeature} (e.g. a sweep's fork JVM) can run it. */
    public Availability availability(int javaFeature) {
        return availability.on(javaFeature);
    }

    /** Starts the strategy's workers (for warm strategies); the caller closes it. */
    public Strategy create(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        Availability a = availability();
        if (!a.available()) {
            throw new UnsupportedOperationException(id + " is unavailable: " + a.reason());
        }
        return factory.apply(workers);
    }

    public static Optional<StrategyType> find(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The strategy called {@code id}; the exception message lists the valid names. */
    public static StrategyType byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy '" + id + "'; valid strategies: " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(StrategyType::id).collect(Collectors.joining(", "));
    }

    public static List<StrategyType> all() {
        return List.of(values());
    }

    /**
     * What a sweep runs when {@code --strategies} is not given: every strategy except those that run only
     * when named (Spark, an optional build whose start-up alone takes seconds).
     */
    public static List<StrategyType> defaults() {
        return Arrays.stream(values()).filter(s -> !s.onRequest).toList();
    }
}
