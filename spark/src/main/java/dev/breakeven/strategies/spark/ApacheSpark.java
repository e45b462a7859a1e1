package dev.breakeven.strategies.spark;

import dev.breakeven.strategies.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/** The Spark build's {@link SparkEngine}: found by breakeven with {@link java.util.ServiceLoader}. */
public final class ApacheSpark implements SparkEngine {

    @Override
    public Strategy create(int workers, boolean cold, SparkSettings settings) {
        return new SparkStrategy(workers, cold, settings);
    }

    /**
     * Spark's own list (what {@code spark-submit} adds on Java 17+), and breakeven's quiet logging: Spark's
     * INFO lines would fill every point's log, and its errors reach breakeven as exceptions anyway.
     */
    @Override
    public List<String> jvmOptions() {
        List<String> options = new ArrayList<>(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
        options.add("-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider");
        return options;
    }

    @Override
    public String clusterProbeClass() {
        return ClusterProbe.class.getName();
    }
}
