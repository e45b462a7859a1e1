package dev.breakeven.strategies.spark;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.Function;

/** Runs one small catalogue task on an executor and returns its host: proof that breakeven's jar is there. */
final class CheckExecutor implements Function<Integer, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String call(Integer index) throws Exception {
        try (Task task = TaskType.ARITHMETIC.create(1, TaskSpec.DEFAULT_SEED)) {
            task.run(index);
        }
        return SparkEnv.get().blockManager().blockManagerId().host();
    }
}
