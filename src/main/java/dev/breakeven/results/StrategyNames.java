package dev.breakeven.results;

import java.util.List;
import java.util.Locale;

/**
 * The strategy names results use, in the order legends and tables show them (cheapest to most elaborate).
 * {@code dev.breakeven.strategies.StrategyType} takes its ids from here, and a test holds the two in step.
 */
public final class StrategyNames {

    public static final String SEQUENTIAL = "sequential";
    public static final String FIXED_POOL = "fixed-pool";
    public static final String FIXED_POOL_COLD = "fixed-pool-cold";
    public static final String FORK_JOIN = "fork-join";
    public static final String PARALLEL_STREAM = "parallel-stream";
    public static final String VIRTUAL_THREADS = "virtual-threads";
    public static final String PROCESS_POOL = "process-pool";
    public static final String PROCESS_POOL_COLD = "process-pool-cold";
    public static final String SPARK = "spark";
    public static final String SPARK_COLD = "spark-cold";

    /** What a JMH result without a {@code strategy} parameter is called. */
    public static final String DEFAULT = "default";

    /** Every known strategy, in display order. */
    public static final List<String> ORDER = List.of(SEQUENTIAL, FIXED_POOL, FIXED_POOL_COLD, FORK_JOIN,
            PARALLEL_STREAM, VIRTUAL_THREADS, PROCESS_POOL, PROCESS_POOL_COLD, SPARK, SPARK_COLD);

    private StrategyNames() {
    }

    /** Position in {@link #ORDER}; unknown names sort after every known one. */
    public static int order(String strategy) {
        int i = ORDER.indexOf(strategy);
        return i < 0 ? ORDER.size() : i;
    }

    public static boolean isSequential(String strategy) {
        return SEQUENTIAL.equals(strategy.toLowerCase(Locale.ROOT));
    }
}
