package dev.breakeven.strategies.spark;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tasks an executor JVM runs, one per (task, weight, seed), created on first use and kept: only the
 * spec travels with a Spark job, as the fixed arguments of {@code functools.partial} do with Python's
 * Pool. In {@code local[p]} the executors are threads of the driver's JVM and use the driver's own task
 * ({@link #share}), so its inputs exist once, as under the thread strategies.
 */
final class ExecutorTasks {

    private static final Map<TaskSpec, Task> TASKS = new ConcurrentHashMap<>();
    private static final Set<Task> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorTasks::closeCreated, "breakeven-executor-tasks"));
    }

    private ExecutorTasks() {
    }

    /** Lets executors in this JVM run {@code task} itself for its spec (local mode). */
    static void share(Task task) {
        TASKS.put(task.spec(), task);
    }

    /** Stops sharing {@code task}; its owner closes it. */
    static void forget(Task task) {
        TASKS.remove(task.spec(), task);
    }

    /** The task for {@code spec}: the shared one, or one created from the catalogue in this JVM. */
    static Task get(TaskSpec spec) throws Exception {
        Task task = TASKS.get(spec);
        if (task != null) {
            return task;
        }
        synchronized (TASKS) {
            task = TASKS.get(spec);
            if (task == null) {
                task = TaskType.byId(spec.task()).create(spec.weight(), spec.seed());
                CREATED.add(task);
                TASKS.put(spec, task);
            }
            return task;
        }
    }

    private static void closeCreated() {
        for (Task task : CREATED) {
            try {
                task.close();
            } catch (Exception e) {
                // the executor is exiting; a task's temporary files go with the JVM's own clean-up
            }
        }
    }
}
