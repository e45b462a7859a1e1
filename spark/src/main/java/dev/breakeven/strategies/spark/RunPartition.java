package dev.breakeven.strategies.spark;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The function every partition runs on its executor: the catalogue tasks of its indices, one after the
 * other on the executor's thread. A task that throws fails the job with a {@link TaskFailedException}
 * naming the task, weight, index, strategy, worker count, and the executor thread, id and host, with the
 * task's own stack trace; Spark carries it to the driver.
 */
final class RunPartition implements FlatMapFunction<Iterator<Integer>, PartitionResult> {

    private static final long serialVersionUID = 1L;

    private final TaskSpec spec;
    private final String strategy;
    private final int workers;

    RunPartition(TaskSpec spec, String strategy, int workers) {
        this.spec = spec;
        this.strategy = strategy;
        this.workers = workers;
    }

    @Override
    public Iterator<PartitionResult> call(Iterator<Integer> indices) throws Exception {
        SparkEnv env = SparkEnv.get();
        String executor = env.executorId();
        String host = env.blockManager().blockManagerId().host();
        Thread thread = Thread.currentThread();
        Task task = ExecutorTasks.get(spec);
        long sum = 0;
        int count = 0;
        while (indices.hasNext()) {
            int index = indices.next();
            try {
                sum += task.run(index);
            } catch (TaskFailedException e) {
                throw e;
            } catch (Exception | Error e) {
                throw new TaskFailedException(spec, index, strategy, workers,
                        thread.getName() + " of executor " + executor + " on host " + host, e);
            }
            count++;
        }
        return List.of(new PartitionResult(sum, count, executor, host, thread.getId())).iterator();
    }
}
