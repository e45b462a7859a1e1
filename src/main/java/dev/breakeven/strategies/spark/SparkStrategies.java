package dev.breakeven.strategies.spark;

import dev.breakeven.strategies.Availability;
import dev.breakeven.strategies.Strategy;

/**
 * The {@code spark} and {@code spark-cold} entries of the strategy catalogue: available where the optional
 * Spark build is on the class path, created with the settings the sweep gave this JVM.
 */
public final class SparkStrategies {

    /** Why the spark strategies are unavailable in a JVM started from the default jar alone. */
    public static final String NOT_BUILT = "not built: run ./run-benchmarks.sh --strategies sequential,spark,"
            + " which builds it (the optional build in spark/, see the README)";

    private SparkStrategies() {
    }

    /** Available on any Java 17+ JVM that has the Spark build on its class path (forks inherit it). */
    public static Availability availability(int javaFeature) {
        return SparkEngine.find().isPresent() ? Availability.YES : Availability.no(NOT_BUILT);
    }

    /** {@code spark}: the SparkContext is created now (trial set-up) and kept until the strategy is closed. */
    public static Strategy warm(int workers) {
        return engine().create(workers, false, SparkSettings.fromSystemProperties());
    }

    /** {@code spark-cold}: a SparkContext created and stopped inside every batch. */
    public static Strategy cold(int workers) {
        return engine().create(workers, true, SparkSettings.fromSystemProperties());
    }

    private static SparkEngine engine() {
        return SparkEngine.find().orElseThrow(() -> new UnsupportedOperationException("spark is " + NOT_BUILT));
    }
}
