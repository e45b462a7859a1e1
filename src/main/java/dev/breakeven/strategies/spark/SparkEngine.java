package dev.breakeven.strategies.spark;

import dev.breakeven.strategies.Strategy;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the optional Spark build ({@code spark/}) provides. Spark is a heavy dependency, so the default
 * jar holds only this interface; the implementation is found with {@link ServiceLoader} when the Spark
 * build's jar and Spark's own jars are on the class path (as {@code run-benchmarks.sh} puts them when a
 * spark strategy is asked for).
 */
public interface SparkEngine {

    /**
     * Starts a strategy that runs every batch as one Spark job on {@code workers} executor cores.
     *
     * @param cold create the SparkContext inside every batch and stop it after, so its start-up is measured
     */
    Strategy create(int workers, boolean cold, SparkSettings settings);

    /** The JVM options Spark needs on Java 17+ (the {@code --add-opens} list its own launcher adds). */
    List<String> jvmOptions();

    /** Main class of the check that asks a cluster for its executors (see {@code SparkCluster}). */
    String clusterProbeClass();

    /** The implementation on this class path, if the Spark build is on it. */
    static Optional<SparkEngine> find() {
        return ServiceLoader.load(SparkEngine.class, SparkEngine.class.getClassLoader()).findFirst();
    }
}
