package dev.breakeven.strategies.spark;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;

/**
 * The executors a SparkContext has, with their hosts and cores, from Spark's own executor events. It is
 * registered through {@code spark.extraListeners}, so Spark creates it before any executor registers and
 * no event is missed; a JVM has one SparkContext at a time, so the latest instance is the current one.
 */
public final class ExecutorCores extends SparkListener {

    /** One executor: Spark's id, its host, and the cores it offers this application. */
    record Executor(String id, String host, int cores) {
    }

    private static volatile ExecutorCores current;

    private final Map<String, Executor> executors = new ConcurrentHashMap<>();

    /** Called by Spark (through {@code spark.extraListeners}) while the SparkContext starts. */
    public ExecutorCores() {
        current = this;
    }

    /** The listener of the SparkContext started last in this JVM. */
    static ExecutorCores current() {
        ExecutorCores c = current;
        if (c == null) {
            throw new IllegalStateException("no SparkContext with " + ExecutorCores.class.getName()
                    + " in spark.extraListeners was started in this JVM");
        }
        return c;
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        executors.put(added.executorId(), new Executor(added.executorId(), added.executorInfo().executorHost(),
                added.executorInfo().totalCores()));
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        executors.remove(removed.executorId());
    }

    /** Cores of all registered executors together. */
    int totalCores() {
        return executors.values().stream().mapToInt(Executor::cores).sum();
    }

    List<Executor> executors() {
        return executors.values().stream().sorted(Comparator.comparing(Executor::host)
                .thenComparing(Executor::id)).toList();
    }
}
