package dev.breakeven.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class StrategyTypeTest {

    static Stream<Arguments> parallelStrategiesAndWorkers() {
        return StrategyType.all().stream()
                .filter(s -> !s.isBaseline() && s.availability().available())
                .flatMap(s -> Stream.of(1, 2, 3, 4).map(p -> Arguments.of(s, p)));
    }

    @ParameterizedTest(name = "{0} with {1} workers")
    @MethodSource("parallelStrategiesAndWorkers")
    void sameChecksumAsTheSequentialLoop(StrategyType type, int workers) throws Exception {
        try (Task task = TaskType.ARITHMETIC.create(5_000, 42);
             Strategy sequential = StrategyType.SEQUENTIAL.create(1);
             Strategy strategy = type.create(workers)) {
            long expected = sequential.runBatch(task, 37);
            assertThat(strategy.runBatch(task, 37)).isEqualTo(expected);
            assertThat(strategy.runBatch(task, 37)).as("second batch on the same workers").isEqualTo(expected);
        }
    }

    /**
     * Thread-based strategies, which can run any Task; the process pools run catalogue tasks only (their
     * workers rebuild a task from its spec) and count worker processes in ProcessPoolStrategyTest.
     */
    static Stream<Arguments> threadStrategiesAndWorkers() {
        return parallelStrategiesAndWorkers().filter(a -> !((StrategyType) a.get()[0]).id().startsWith("process-"));
    }

    @ParameterizedTest(name = "{0} with {1} workers")
    @MethodSource("threadStrategiesAndWorkers")
    void usesExactlyTheGivenNumberOfWorkers(StrategyType type, int workers) throws Exception {
        RecordingTask task = new RecordingTask();
        try (Strategy strategy = type.create(workers)) {
            strategy.runBatch(task, 8 * workers);
        }
        assertThat(task.maxInFlight.get()).as("tasks in flight at once").isEqualTo(workers);
        if (type != StrategyType.VIRTUAL_THREADS) {
            assertThat(task.threads).as("distinct threads that ran tasks").hasSize(workers);
        }
    }

    @ParameterizedTest(name = "{0} with {1} workers")
    @MethodSource("threadStrategiesAndWorkers")
    void aFailingTaskIsNamedWithItsOwnStackTraceFirst(StrategyType type, int workers) throws Exception {
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
        try (Strategy strategy = type.create(workers)) {
            assertThatThrownBy(() -> strategy.runBatch(failing, 12))
                    .isInstanceOf(TaskFailedException.class)
                    .hasMessageContaining("task arithmetic, weight 7, index 5 failed under " + type.id())
                    .hasMessageContaining("with " + workers + " worker")
                    .hasMessageContaining("on thread ")
                    .hasMessageContaining("ArithmeticException: boom")
                    .hasCauseInstanceOf(ArithmeticException.class)
                    .satisfies(e -> assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("run"));
        }
    }

    @Test
    void virtualThreadsSayWhyTheyAreUnavailableBeforeJava21() {
        assertThat(StrategyType.VIRTUAL_THREADS.availability(17).available()).isFalse();
        assertThat(StrategyType.VIRTUAL_THREADS.availability(17).reason()).contains("Java 21");
        assertThat(StrategyType.VIRTUAL_THREADS.availability(21).available()).isTrue();
        assumeTrue(Runtime.version().feature() < 21);
        assertThatThrownBy(() -> StrategyType.VIRTUAL_THREADS.create(2))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Java 21");
    }

    @Test
    void unknownNamesListTheValidOnes() {
        assertThatThrownBy(() -> StrategyType.byId("pool")).hasMessageContaining("fixed-pool, fixed-pool-cold");
        assertThatThrownBy(() -> StrategyType.FIXED_POOL.create(0)).hasMessageContaining("at least 1");
    }

    /** Sleeps a little so every worker gets tasks, and records who ran them and how many ran at once. */
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
