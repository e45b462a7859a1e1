package dev.breakeven.strategies.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Asks a standalone cluster what it offers breakeven, before a sweep measures anything: starts an
 * application that takes every core the cluster gives, waits until its executors stop arriving, runs a
 * small catalogue task on every core (so executors that cannot load breakeven's jar are found now), and
 * prints one JSON line: master, Spark version, total cores, memory per executor, hosts, and each executor
 * with its host and cores. On failure it prints {@code error: } and one line naming the fix, and exits 1.
 *
 * <p>Run by the sweep ({@code dev.breakeven.sweep.SparkCluster}) in a JVM of its own, with the options
 * Spark needs and the {@code -Dbreakeven.spark.*} settings of {@code --spark-master} and {@code --spark-conf}.
 */
public final class ClusterProbe {

    /** Executors stop arriving when none has come for this long. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration FIRST_EXECUTOR = Duration.ofSeconds(60);

    private ClusterProbe() {
    }

    public static void main(String[] args) {
        SparkSettings settings = SparkSettings.fromSystemProperties();
        int exit = 0;
        try {
            System.out.println(probe(settings));
        } catch (ProbeFailure e) {
            System.out.println("error: " + e.getMessage());
            exit = 1;
        } catch (Exception | Error e) {
            System.out.println("error: asking the Spark master at " + settings.master() + " for its executors"
                    + " failed: " + e.toString().lines().findFirst().orElse(""));
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);   // Spark leaves non-daemon threads behind
    }

    private static final class ProbeFailure extends Exception {
        ProbeFailure(String message) {
            super(message);
        }
    }

    static String probe(SparkSettings settings) throws Exception {
        SparkConf conf = SparkContexts.conf(settings, "breakeven cluster check", 0);
        JavaSparkContext spark = new JavaSparkContext(conf);
        try {
            ExecutorCores executors = awaitExecutors(spark, settings);
            int cores = executors.totalCores();
            List<String> hosts;
            try {
                hosts = spark.parallelize(IntStream.range(0, cores).boxed().toList(), cores).map(new CheckExecutor())
                        .collect();
            } catch (Exception e) {   // Spark's (checked) SparkException, undeclared by its Scala methods
                throw cannotRun(e, conf);
            }
            ObjectNode record = new ObjectMapper().createObjectNode();
            record.put("master", settings.master());
            record.put("sparkVersion", spark.version());
            record.put("totalCores", cores);
            record.put("executorMemoryBytes", conf.getSizeAsBytes("spark.executor.memory", "1g"));
            ArrayNode hostList = record.putArray("hosts");
            new TreeSet<>(hosts).forEach(hostList::add);
            ArrayNode list = record.putArray("executors");
            for (ExecutorCores.Executor e : executors.executors()) {
                list.addObject().put("id", e.id()).put("host", e.host()).put("cores", e.cores());
            }
            return record.toString();
        } finally {
            spark.stop();
        }
    }

    private static ExecutorCores awaitExecutors(JavaSparkContext spark, SparkSettings settings)
            throws InterruptedException, ProbeFailure {
        ExecutorCores executors = ExecutorCores.current();
        long start = System.nanoTime();
        long lastChange = start;
        int seen = 0;
        while (true) {
            long now = System.nanoTime();
            int cores = executors.totalCores();
            if (cores != seen) {
                seen = cores;
                lastChange = now;
            }
            if (cores > 0 && now - lastChange > SETTLE.toNanos()) {
                return executors;
            }
            if (spark.sc().isStopped() || (cores == 0 && now - start > FIRST_EXECUTOR.toNanos())) {
                throw new ProbeFailure("no executor of the Spark master at " + settings.master() + " started for"
                        + " breakeven in " + FIRST_EXECUTOR.toSeconds() + " s: check that this is the master's"
                        + " port (7077 unless configured, not the web UI's 8080) and that a worker with free"
                        + " cores and memory is registered (the master's web UI lists them)");
            }
            Thread.sleep(100);
        }
    }

    private static ProbeFailure cannotRun(Exception e, SparkConf conf) {
        String text = e.toString();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text += " " + t;
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        // Without the application's jar an executor cannot resolve its classes, or the lambdas in Spark's
        // own Java API (a ClassCastException about SerializedLambda)
        if (text.contains("ClassNotFoundException") || text.contains("NoClassDefFoundError")
                || text.contains("SerializedLambda")) {
            return new ProbeFailure("the Spark executors cannot load breakeven's classes: the jars in spark.jars ("
                    + conf.get("spark.jars", "none") + ") did not reach them; do not override spark.jars, and"
                    + " let the executors' hosts connect back to this machine (set spark.driver.host to an address"
                    + " they can reach)");
        }
        return new ProbeFailure("a test job on the Spark cluster at " + conf.get("spark.master") + " failed: " + first);
    }
}
