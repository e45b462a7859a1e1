package dev.breakeven.results;

import java.util.List;

/**
 * The Spark standalone cluster a run's spark strategies ran on ({@code --spark-master}), as breakeven found it
 * before measuring: what an application of breakeven gets from it.
 *
 * @param master the master's URL, {@code spark://HOST:PORT}
 * @param sparkVersion the Spark version of the driver
 * @param totalCores executor cores of all executors together: the top of the worker ladder
 * @param executorMemoryBytes heap of each executor ({@code spark.executor.memory})
 * @param hosts the executors' hosts
 * @param executors each executor with its host and cores
 */
public record SparkClusterRecord(String master, String sparkVersion, int totalCores, long executorMemoryBytes,
        List<String> hosts, List<Executor> executors) {

    public SparkClusterRecord {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        executors = executors == null ? List.of() : List.copyOf(executors);
    }

    /** One executor: Spark's id, its host, and the cores it offers an application. */
    public record Executor(String id, String host, int cores) {
    }
}
