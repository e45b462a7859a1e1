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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /**
     * p tasks that each wait at a barrier for p parties can only finish if p workers run them at once; a
     * strategy with fewer workers breaks the barrier (after a timeout, so it fails instead of hanging). A
     * longer batch then shows that no more than p workers ever run tasks.
     */
    @ParameterizedTest(name = "{0} with {1} workers")
    @MethodSource("threadStrategiesAndWorkers")
    void usesExactlyTheGivenNumberOfWorkers(StrategyType type, int workers) throws Exception {
        RecordingTask together = new RecordingTask(new CyclicBarrier(workers));
        RecordingTask many = new RecordingTask(null);
        try (Strategy strategy = type.create(workers)) {
            strategy.runBatch(together, workers);
            strategy.runBatch(many, 8 * workers);
        }
        assertThat(together.maxInFlight.get()).as("tasks in flight at once").isEqualTo(workers);
        assertThat(many.maxInFlight.get()).as("tasks in flight at once, longer batch").isLessThanOrEqualTo(workers);
        if (type != StrategyType.VIRTUAL_THREADS) { // a virtual thread per task: threads are not workers there
            assertThat(together.threads).as("distinct threads that ran tasks").hasSize(workers);
            assertThat(many.threads).as("distinct threads that ran tasks, longer batch")
                    .hasSizeLessThanOrEqualTo(workers);
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

    /**
     * Records who ran tasks and how many ran at once; with a barrier, each task waits there until as many
     * tasks as the barrier has parties are running.
     */
    private static final class RecordingTask implements Task {
        /** Only there so that a broken strategy fails the test instead of hanging it; nothing is timed. */
        private static final long HANG_GUARD_SECONDS = 60;

        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        private final CyclicBarrier together;

        RecordingTask(CyclicBarrier together) {
            this.together = together;
        }

        @Override
        public TaskSpec spec() {
            return new TaskSpec("recording", 1, 1);
        }

        @Override
        public long run(int index) throws Exception {
            threads.add(Thread.currentThread());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (together != null) {
                    try {
                        together.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        throw new AssertionError("fewer than " + together.getParties()
                                + " tasks ran at once: the barrier's other parties never came", e);
                    }
                }
            } finally {
                inFlight.decrementAndGet();
            }
            return index;
        }
    }
}
