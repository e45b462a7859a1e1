package dev.breakeven.cli;

import dev.breakeven.strategies.spark.SparkSettings;
import dev.breakeven.sweep.SweepInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code breakeven run}'s Spark options: where the {@code spark} strategies run ({@code local[p]} in each
 * fork, or a standalone cluster) and extra Spark settings. They reach the forks as {@code -D} properties.
 */
final class SparkOptions {

    @Option(names = "--spark-master", paramLabel = "spark://HOST:PORT",
            description = "Run the spark strategies on this Spark standalone cluster instead of local[p]; the"
                    + " worker counts then go up to its total executor cores.")
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting for the spark strategies, e.g. spark.executor.memory=4g (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    /**
     * Checks the options and makes them this JVM's Spark settings, which the sweep passes on to every fork.
     */
    void install() throws SweepInputException {
        if (master != null && !master.matches("spark://[^\\s,/:]+:[0-9]+(,[^\\s,/:]+:[0-9]+)*")) {
            throw new SweepInputException("--spark-master " + master + " is not a Spark standalone master URL;"
                    + " give spark://HOST:PORT, the address the master's web UI shows (port 7077 by default)");
        }
        for (String key : conf.keySet()) {
            if (!key.startsWith("spark.")) {
                throw new SweepInputException("--spark-conf " + key + "=" + conf.get(key) + " is not a Spark"
                        + " setting (their names start with spark., e.g. --spark-conf spark.executor.memory=4g)");
            }
        }
        new SparkSettings(master, conf).install();
    }
}
