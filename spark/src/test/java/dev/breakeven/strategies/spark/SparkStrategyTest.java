package dev.breakeven.strategies.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strategy contract (as StrategyTypeTest checks it for the other strategies), in local[p]. */
class SparkStrategyTest {

    @ParameterizedTest(name = "{0} with {1} workers")
    @CsvSource({"SPARK, 1", "SPARK, 2", "SPARK, 3", "SPARK_COLD, 2"})
    void sameChecksumAsTheSequentialLoop(StrategyType type, int workers) throws Exception {
        assertThat(type.availability().available()).as("the Spark build is on the class path").isTrue();
        try (Task task = TaskType.ARITHMETIC.create(5_000, 42);
             Strategy sequential = StrategyType.SEQUENTIAL.create(1);
             Strategy strategy = type.create(workers)) {
            long expected = sequential.runBatch(task, 37);
            assertThat(strategy.runBatch(task, 37)).isEqualTo(expected);
            assertThat(strategy.runBatch(task, 37)).as("second batch, same workers").isEqualTo(expected);
        }
    }

    @Test
    void localModeUsesExactlyPExecutorCoresOnePartitionEach() throws Exception {
        RecordingTask task = new RecordingTask();
        try (SparkStrategy strategy = new SparkStrategy(2, false, SparkSettings.LOCAL)) {
            assertThat(strategy.runBatch(task, 16)).isEqualTo(16 * 15 / 2);
            assertThat(strategy.executorCores()).as("executor cores of local[2]").isEqualTo(2);
            assertThat(strategy.lastBatch()).as("partitions").hasSize(2)
                    .allSatisfy(p -> assertThat(p.tasks()).isEqualTo(8));
        }
        assertThat(task.maxInFlight.get()).as("tasks in flight at once").isEqualTo(2);
        assertThat(task.threads).as("distinct threads that ran tasks").hasSize(2);
    }

    @Test
    void aFailingTaskIsNamedWithItsExecutorAndItsOwnStackTraceFirst() throws Exception {
        Task failing = new Task() {
            @Override
            public TaskSpec spec() {
                return new TaskSpec("arithmetic", 7, 1);
            }

            @Override
            public long run(int index) {
                if (index == 5) {
                    throw new ArithmeticException("boom");
                }
                return index;
            }
        };
        try (Strategy strategy = StrategyType.SPARK.create(2)) {
            assertThatThrownBy(() -> strategy.runBatch(failing, 12))
                    .isInstanceOf(TaskFailedException.class)
                    .hasMessageContaining("task arithmetic, weight 7, index 5 failed under spark with 2 workers")
                    .hasMessageContaining("on thread Executor task launch worker")
                    .hasMessageContaining("of executor driver on host ")
                    .hasMessageContaining("ArithmeticException: boom")
                    .hasCauseInstanceOf(ArithmeticException.class)
                    .satisfies(e -> assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("run"));
            assertThat(strategy.runBatch(TaskType.ARITHMETIC.create(400, 1), 4)).as("usable after a failure")
                    .isNotZero();
        }
    }

    @Test
    void forksGetSparksOwnJava17OptionsAndTheSettings() {
        SparkEngine engine = SparkEngine.find().orElseThrow();
        assertThat(engine.jvmOptions()).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
        SparkSettings settings = new SparkSettings("spark://h:7077", java.util.Map.of("spark.executor.memory", "2g"));
        assertThat(settings.jvmProperties()).containsExactly("-Dbreakeven.spark.master=spark://h:7077",
                "-Dbreakeven.spark.conf.spark.executor.memory=2g");
    }

    /** Sleeps a little so both cores get tasks, and records who ran them and how many ran at once. */
    private static final class RecordingTask implements Task {
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();

        @Override
        public TaskSpec spec() {
            return new TaskSpec("recording", 1, 1);
        }

        @Override
        public long run(int index) throws InterruptedException {
            threads.add(Thread.currentThread());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } finally {
                inFlight.decrementAndGet();
            }
            return index;
        }
    }
}
