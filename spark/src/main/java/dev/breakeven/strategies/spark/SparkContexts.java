package dev.breakeven.strategies.spark;

import dev.breakeven.tasks.TaskType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** How breakeven configures and starts a SparkContext, for the strategies and the cluster probe alike. */
final class SparkContexts {

    /** How long a cluster may take to start the executors an application asked for. */
    static final Duration EXECUTOR_WAIT = Duration.ofSeconds(120);

    /** Every {@code -D} property of breakeven that executors in other JVMs need too. */
    private static final String INJECT_FAILURE = "breakeven.inject-failure";

    private SparkContexts() {
    }

    /**
     * The configuration of breakeven's applications: {@code local[workers]}, or on a cluster at most
     * {@code workers} cores (0: all it offers) with breakeven's jars shipped to the executors. No web UI
     * (a port and a thread pool per fork for nothing), and no retries of failed tasks: a task that throws
     * fails the batch at once, as under every other strategy. The user's {@code --spark-conf} comes last
     * and wins.
     */
    static SparkConf conf(SparkSettings settings, String app, int workers) {
        SparkConf conf = new SparkConf()
                .setMaster(settings.onCluster() ? settings.master() : "local[" + workers + "]")
                .setAppName(app)
                .set("spark.ui.enabled", "false")
                .set("spark.task.maxFailures", "1")
                .set("spark.extraListeners", ExecutorCores.class.getName());
        if (settings.onCluster()) {
            conf.set("spark.jars", String.join(",", breakevenJars()));
            if (workers > 0) {
                conf.set("spark.cores.max", Integer.toString(workers));
            }
            String inject = System.getProperty(INJECT_FAILURE);
            if (inject != null) {
                conf.set("spark.executor.extraJavaOptions", "-D" + INJECT_FAILURE + "=" + inject);
            }
        }
        settings.conf().forEach(conf::set);
        return conf;
    }

    /**
     * Waits until the cluster's executors offer {@code cores} cores to the application.
     *
     * @throws IllegalStateException naming what it got and what to change, after {@link #EXECUTOR_WAIT}
     */
    static void awaitCores(JavaSparkContext context, SparkSettings settings, int cores) throws InterruptedException {
        long deadline = System.nanoTime() + EXECUTOR_WAIT.toNanos();
        ExecutorCores executors = ExecutorCores.current();
        while (executors.totalCores() < cores) {
            if (context.sc().isStopped() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the Spark cluster at " + settings.master() + " gave "
                        + executors.totalCores() + " of the " + cores + " executor cores asked for (spark.cores.max)"
                        + (context.sc().isStopped() ? " before the application was stopped" : " in "
                        + EXECUTOR_WAIT.toSeconds() + " s") + ": lower --max-workers to its free cores, or free them");
            }
            Thread.sleep(50);
        }
    }

    /** The jars of breakeven and of this Spark build, which executors on other machines must load. */
    static List<String> breakevenJars() {
        List<String> jars = new ArrayList<>();
        for (Class<?> c : List.of(TaskType.class, SparkContexts.class)) {
            Path location;
            try {
                location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot tell which jar holds " + c.getName(), e);
            }
            if (!Files.isRegularFile(location)) {
                throw new IllegalStateException("spark on a cluster ships breakeven's jars to the executors, but "
                        + c.getName() + " was loaded from " + location + ", not a jar; run the packaged"
                        + " breakeven (target/breakeven.jar and spark/target/breakeven-spark.jar)");
            }
            jars.add(location.toString());
        }
        return jars;
    }
}
