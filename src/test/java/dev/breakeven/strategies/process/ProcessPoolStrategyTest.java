package dev.breakeven.strategies.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessPoolStrategyTest {

    private static final long SEED = TaskSpec.DEFAULT_SEED;
    /** Only there so that a broken pool fails the test instead of hanging it; nothing is timed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void noWorkerOutlivesItsTest() throws Exception {
        System.clearProperty("breakeven.inject-failure");
        for (AutoCloseable c : toClose) {
            c.close();
        }
        List<ProcessHandle> left = Workers.ofThisJvm();
        Workers.kill(left);
        assertThat(left).as("worker JVMs left running after close()").isEmpty();
    }

    private <T extends AutoCloseable> T closeLater(T c) {
        toClose.add(c);
        return c;
    }

    private static long sequential(Task task, int batch) throws Exception {
        try (Strategy s = StrategyType.SEQUENTIAL.create(1)) {
            return s.runBatch(task, batch);
        }
    }

    @Test
    void checksumEqualsSequentialAtSeveralWorkerCounts() throws Exception {
        Task task = closeLater(TaskType.ARITHMETIC.create(1_000, SEED));
        long expected = sequential(task, 48);
        for (int p : new int[] {1, 2, 3}) {
            try (Strategy s = StrategyType.PROCESS_POOL.create(p)) {
                assertThat(s.runBatch(task, 48)).as("process-pool, %d workers", p).isEqualTo(expected);
                assertThat(s.runBatch(task, 48)).as("second batch, %d workers", p).isEqualTo(expected);
            }
        }
        try (Strategy s = new ProcessPoolStrategy("process-pool", 2, false, WorkerOptions.DEFAULT.withPrefetch(1))) {
            assertThat(s.runBatch(task, 48)).as("one task in flight per worker").isEqualTo(expected);
        }
    }

    @Test
    void prefetchKeepsChecksumsAndRecoversFromATaskFailure() throws Exception {
        System.setProperty("breakeven.inject-failure", "arithmetic:30");
        ProcessPoolStrategy s = closeLater(new ProcessPoolStrategy("process-pool", 2, false,
                WorkerOptions.DEFAULT.withPrefetch(3)));
        System.clearProperty("breakeven.inject-failure");
        Task task = closeLater(TaskType.ARITHMETIC.create(1_000, SEED));
        assertThat(s.runBatch(task, 30)).isEqualTo(sequential(task, 30));
        List<Long> pids = s.workerPids();
        assertThat(catchThrowableOfType(() -> s.runBatch(task, 48), TaskFailedException.class).index()).isEqualTo(30);
        // the replies still owed after the failure were read, so the pipes are in step for the next batch
        assertThat(s.runBatch(task, 30)).isEqualTo(sequential(task, 30));
        assertThat(s.workerPids()).as("same workers: a task's exception does not break its worker").isEqualTo(pids);
    }

    @Test
    void coldPoolGivesTheSameChecksumWithFreshWorkersEveryBatch() throws Exception {
        Task task = closeLater(TaskType.ARITHMETIC.create(1_000, SEED));
        long expected = sequential(task, 20);
        ProcessPoolStrategy cold = closeLater(ProcessPoolStrategy.cold(2));
        assertThat(cold.workerPids()).as("no workers between batches").isEmpty();
        assertThat(cold.runBatch(task, 20)).isEqualTo(expected);
        String firstPool = cold.poolId();
        assertThat(Workers.ofPool(firstPool)).as("workers stopped at the end of the batch").isEmpty();
        assertThat(cold.runBatch(task, 20)).isEqualTo(expected);
        assertThat(cold.poolId()).isNotEqualTo(firstPool);
        assertThat(cold.tasksPerWorker()).hasSize(2);
    }

    @Test
    void everyOneOfPWorkerJvmsRunsTasks() throws Exception {
        Task task = closeLater(TaskType.ARITHMETIC.create(1_000, SEED));
        ProcessPoolStrategy s = closeLater(ProcessPoolStrategy.warm(3));
        // No dispatcher reads a reply before all three have sent tasks, so no worker can take the whole batch.
        CyclicBarrier allSent = new CyclicBarrier(3);
        s.dispatchHooks(new DispatchHooks() {
            @Override
            public void firstTasksSent(WorkerProcess worker) throws InterruptedException {
                await(allSent);
            }
        });
        assertThat(s.runBatch(task, 48)).isEqualTo(sequential(task, 48));

        Map<Long, Integer> perWorker = s.tasksPerWorker();
        assertThat(perWorker).hasSize(3);
        assertThat(perWorker.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(perWorker.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(48);
        assertThat(new HashSet<>(s.workerPids())).hasSize(3).isEqualTo(perWorker.keySet());
        assertThat(perWorker.keySet()).doesNotContain(ProcessHandle.current().pid());
        assertThat(Workers.ofPool(s.poolId())).extracting(ProcessHandle::pid)
                .containsExactlyInAnyOrderElementsOf(perWorker.keySet());
        for (long pid : perWorker.keySet()) {
            assertThat(ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                    .as("parent of worker %d", pid).contains(ProcessHandle.current().pid());
        }

        s.close();
        assertThat(Workers.ofPool(s.poolId())).as("workers after close()").isEmpty();
    }

    @Test
    void aWorkerThatRunsDryIsSentMoreAheadUpToTheCap() throws Exception {
        ProcessPoolStrategy s = closeLater(ProcessPoolStrategy.warm(2));
        // A parent slower than its workers, made certain: before sending more, each dispatcher waits until its
        // worker has answered every task in flight, so the worker finished its last one with nothing waiting.
        s.dispatchHooks(new DispatchHooks() {
            @Override
            public void beforeRefill(WorkerProcess worker, int inFlight) {
                awaitUntil(() -> worker.replyBytesWaiting() >= inFlight * Protocol.OK_BYTES,
                        "worker answers its " + inFlight + " tasks in flight");
            }
        });
        Task trivial = closeLater(TaskType.ARITHMETIC.create(1, SEED));
        assertThat(s.runBatch(trivial, 400)).isEqualTo(sequential(trivial, 400));
        // Both dispatchers run like this; the one that took at least half the batch had room to double 3 times.
        assertThat(s.windows()).as("workers ran dry, so more was sent ahead")
                .anySatisfy(w -> assertThat(w).isEqualTo(WorkerPool.MAX_WINDOW))
                .allSatisfy(w -> assertThat(w).isBetween(WorkerOptions.DEFAULT_PREFETCH, WorkerPool.MAX_WINDOW));
        // That a worker busy with long tasks keeps its window is the rule's own test (AdaptiveWindowTest).
    }

    @Test
    void payloadTravelsWithEveryTaskWithoutChangingTheChecksum() throws Exception {
        Task task = closeLater(TaskType.ARITHMETIC.create(10, SEED));
        ProcessPoolStrategy s = closeLater(new ProcessPoolStrategy("process-pool", 2, false,
                WorkerOptions.DEFAULT.withPayloadBytes(300_000)));
        assertThat(s.runBatch(task, 48)).isEqualTo(sequential(task, 48));
    }

    @Test
    void taskThatThrowsInAWorkerIsReportedWithTheWorkersTrace() throws Exception {
        System.setProperty("breakeven.inject-failure", "arithmetic:7"); // forwarded to the workers
        ProcessPoolStrategy s = closeLater(ProcessPoolStrategy.warm(2));
        System.clearProperty("breakeven.inject-failure"); // the parent's task runs nothing; workers have it
        Task task = closeLater(TaskType.ARITHMETIC.create(1_000, SEED));

        TaskFailedException e = catchThrowableOfType(() -> s.runBatch(task, 48), TaskFailedException.class);

        long pid = s.workerPids().stream().filter(p -> e.getMessage().contains("pid " + p)).findFirst()
                .orElseThrow(() -> new AssertionError("no worker pid in: " + e.getMessage()));
        assertThat(e.getMessage()).contains("task arithmetic, weight 1000, index 7", "process-pool", "2 workers",
                "worker ", "pid " + pid, "java.lang.IllegalStateException: injected failure at index 7");
        assertThat(e.index()).isEqualTo(7);
        assertThat(e.getCause()).isInstanceOf(RemoteException.class);
        assertThat(((RemoteException) e.getCause()).className()).isEqualTo("java.lang.IllegalStateException");
        assertThat(e.getStackTrace()[0].getClassName()).as("first frame is the worker's task code")
                .startsWith("dev.breakeven.tasks.InjectedFailure");
        assertThat(e.getStackTrace()).extracting(StackTraceElement::getClassName)
                .contains(WorkerMain.class.getName());

        // The worker survives its task's exception: indices below 7 still run on the same workers.
        List<Long> pids = s.workerPids();
        assertThat(s.runBatch(task, 7)).isEqualTo(sequential(task, 7));
        assertThat(s.workerPids()).isEqualTo(pids);
    }

    @Test
    void killedWorkerFailsTheBatchAndIsReplacedForTheNext() throws Exception {
        // Its tasks never end, so the worker cannot answer before it is killed: the batch must fail with its death.
        Task endless = closeLater(TaskType.ARITHMETIC.create(Long.MAX_VALUE / 2, SEED));
        ProcessPoolStrategy s = closeLater(ProcessPoolStrategy.warm(1));
        long victim = s.workerPids().get(0);
        s.dispatchHooks(new DispatchHooks() {
            @Override
            public void firstTasksSent(WorkerProcess worker) {
                if (worker.pid() == victim) {
                    ProcessHandle.of(victim).ifPresent(h -> Workers.kill(List.of(h)));
                }
            }
        });

        TaskFailedException e = catchThrowableOfType(() -> s.runBatch(endless, 8), TaskFailedException.class);

        assertThat(e.getMessage()).contains("task arithmetic, weight " + (Long.MAX_VALUE / 2) + ", index " + e.index(),
                "process-pool", "1 worker", "pid " + victim);
        assertThat(e.getCause()).isInstanceOf(WorkerDiedException.class);
        assertThat(e.getCause().getMessage()).contains("pid " + victim, "killed by signal 9 SIGKILL",
                "while running index " + e.index(), "last stderr");

        Task quick = closeLater(TaskType.ARITHMETIC.create(1_000, SEED));
        assertThat(s.runBatch(quick, 48)).isEqualTo(sequential(quick, 48));
        assertThat(s.workerPids()).hasSize(1).doesNotContain(victim);
    }

    @Test
    void workerThatRunsOutOfMemoryIsReportedWithItsStderr() throws Exception {
        // A 32 MB payload cannot fit a 16 MB worker heap; ExitOnOutOfMemoryError makes the worker die of it.
        WorkerOptions options = new WorkerOptions(32 << 20, "16m", List.of("-XX:+ExitOnOutOfMemoryError"), 1);
        ProcessPoolStrategy s = closeLater(new ProcessPoolStrategy("process-pool", 1, false, options));
        Task task = closeLater(TaskType.ARITHMETIC.create(1, SEED));

        TaskFailedException e = catchThrowableOfType(() -> s.runBatch(task, 4), TaskFailedException.class);

        assertThat(e.getMessage()).contains("task arithmetic, weight 1, index 0", "1 worker ");
        WorkerDiedException died = (WorkerDiedException) e.getCause();
        assertThat(died.getMessage()).contains("exited with status 3", "while running index 0");
        assertThat(died.stderrTail()).contains("java.lang.OutOfMemoryError");
    }

    @Test
    void workerJvmThatCannotStartIsReportedWithItsStderr() {
        WorkerOptions options = new WorkerOptions(0, "64m", List.of("-XX:+NoSuchOptionAnywhere"), 1);
        assertThatThrownBy(() -> new ProcessPoolStrategy("process-pool", 2, false, options))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("could not start 2 process-pool worker JVM(s)")
                .hasMessageContaining("exited with status 1 while starting")
                .hasMessageContaining("NoSuchOptionAnywhere");
    }

    @Test
    void onlyCatalogueTasksCanCrossToAWorker() {
        Task custom = new Task() {
            @Override
            public TaskSpec spec() {
                return new TaskSpec("homemade", 1, SEED);
            }

            @Override
            public long run(int index) {
                return index;
            }
        };
        ProcessPoolStrategy cold = closeLater(ProcessPoolStrategy.cold(1));
        assertThatThrownBy(() -> cold.runBatch(custom, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'homemade'").hasMessageContaining("arithmetic");
    }

    @Test
    void bothVariantsAreListedAndAlwaysAvailable() {
        assertThat(StrategyType.byId("process-pool")).isEqualTo(StrategyType.PROCESS_POOL);
        assertThat(StrategyType.byId("process-pool-cold")).isEqualTo(StrategyType.PROCESS_POOL_COLD);
        assertThat(StrategyType.PROCESS_POOL.availability(17).available()).isTrue();
        assertThat(StrategyType.PROCESS_POOL_COLD.availability(17).available()).isTrue();
        assertThat(closeLater(StrategyType.PROCESS_POOL_COLD.create(2))).isInstanceOf(ProcessPoolStrategy.class);
    }

    /** Waits at {@code barrier}; a dispatcher that never comes fails the test instead of hanging it. */
    private static void await(CyclicBarrier barrier) throws InterruptedException {
        try {
            barrier.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new AssertionError("not every dispatcher sent tasks within " + HANG_GUARD, e);
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until {@code condition} holds; fails (rather than hangs) if it still does not after a long while. */
    static void awaitUntil(Condition condition, String what) {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        try {
            while (!condition.holds()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(what + ": not within " + HANG_GUARD);
                }
                LockSupport.parkNanos(20_000);
            }
        } catch (Exception e) {
            throw new AssertionError(what, e);
        }
    }
}
