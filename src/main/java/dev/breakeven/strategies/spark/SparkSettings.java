package dev.breakeven.strategies.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the {@code spark} strategies run and with which Spark settings: {@code local[p]} in the benchmark's
 * own JVM unless {@code master} names a standalone cluster ({@code spark://HOST:PORT}). The sweep gives
 * them to every JMH fork as system properties ({@value #MASTER_PROPERTY}, and one
 * {@value #CONF_PREFIX}{@code KEY=VALUE} per {@code --spark-conf}), and the fork reads them back here.
 *
 * @param master a standalone master URL, or null for {@code local[p]}
 * @param conf   Spark configuration given by the user; it overrides what the strategy sets
 */
public record SparkSettings(String master, Map<String, String> conf) {

    public static final String MASTER_PROPERTY = "breakeven.spark.master";
    public static final String CONF_PREFIX = "breakeven.spark.conf.";

    public static final SparkSettings LOCAL = new SparkSettings(null, Map.of());

    public SparkSettings {
        conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf));
    }

    /** Whether the strategies run on a standalone cluster rather than in {@code local[p]}. */
    public boolean onCluster() {
        return master != null;
    }

    /** What this JVM was given with {@code -D} (by the sweep, in a fork). */
    public static SparkSettings fromSystemProperties() {
        Map<String, String> conf = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(CONF_PREFIX))
                .forEach(k -> conf.put(k.substring(CONF_PREFIX.length()), System.getProperty(k)));
        return new SparkSettings(System.getProperty(MASTER_PROPERTY), conf);
    }

    /** The {@code -D} options that give these settings to a fork. */
    public List<String> jvmProperties() {
        List<String> args = new ArrayList<>();
        if (master != null) {
            args.add("-D" + MASTER_PROPERTY + "=" + master);
        }
        conf.forEach((k, v) -> args.add("-D" + CONF_PREFIX + k + "=" + v));
        return args;
    }

    /** Makes these the settings of this JVM (and of the forks it starts), replacing any earlier ones. */
    public void install() {
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.equals(MASTER_PROPERTY) || k.startsWith(CONF_PREFIX))
                .forEach(System::clearProperty);
        if (master != null) {
            System.setProperty(MASTER_PROPERTY, master);
        }
        conf.forEach((k, v) -> System.setProperty(CONF_PREFIX + k, v));
    }
}
