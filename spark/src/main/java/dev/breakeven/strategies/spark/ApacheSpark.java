package dev.breakeven.strategies.spark;

import dev.breakeven.strategies.Strategy;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/** The Spark build's {@link SparkEngine}: found by breakeven with {@link java.util.ServiceLoader}. */
public final class ApacheSpark implements SparkEngine {

    @Override
    public Strategy create(int workers, boolean cold, SparkSettings settings) {
        return new SparkStrategy(workers, cold, settings);
    }

    /** Spark's own list: what {@code spark-submit} adds on Java 17+. */
    @Override
    public List<String> jvmOptions() {
        return List.of(JavaModuleOptions.defaultModuleOptions().split(" "));
    }

    @Override
    public String clusterProbeClass() {
        return ClusterProbe.class.getName();
    }
}
