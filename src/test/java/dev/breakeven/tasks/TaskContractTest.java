package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every catalogue task honours: the checksum of {@code run(index)} depends only on (task,
 * weight, seed, index), whichever thread runs it, in whichever order, in whichever instance; and close()
 * may be called twice. Runs at each task's trivial weight, so the suite stays fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskContractTest {

    private static final long SEED = TaskSpec.DEFAULT_SEED;
    private static final int INDICES = 24;
    private static final int THREADS = 8;

    /** One instance per type at the trivial weight, shared by the tests that only run it (inputs are big). */
    private final Map<TaskType, Task> shared = new java.util.HashMap<>();

    private static Task create(TaskType type, long seed) throws Exception {
        return type.create(type.weights().trivial(), seed);
    }

    private Task shared(TaskType type) throws Exception {
        Task task = shared.get(type);
        if (task == null) {
            task = create(type, SEED);
            shared.put(type, task);
        }
        return task;
    }

    @AfterAll
    void closeShared() throws Exception {
        for (Task task : shared.values()) {
            task.close();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void repeatedCallsGiveTheSameChecksum(TaskType type) throws Exception {
        Task task = shared(type);
        long first = task.run(3);
        assertThat(task.run(3)).isEqualTo(first);
        task.run(4);
        assertThat(task.run(3)).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void threadsRunningIndicesInDifferentOrdersGiveTheSameSum(TaskType type) throws Exception {
        Task task = shared(type);
        long sequential = 0;
        for (int i = 0; i < INDICES; i++) {
            sequential += task.run(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> sums = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < INDICES; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                sums.add(pool.submit(() -> {
                    long sum = 0;
                    for (int i : order) {
                        sum += task.run(i);
                    }
                    return sum;
                }));
            }
            for (Future<Long> sum : sums) {
                assertThat(sum.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void instancesWithTheSameSeedAgreeAndOtherSeedsDiffer(TaskType type) throws Exception {
        long[] first = new long[3];
        for (int i = 0; i < first.length; i++) {
            first[i] = shared(type).run(i);
        }
        try (Task again = create(type, SEED)) {
            for (int i = 0; i < first.length; i++) {
                assertThat(again.run(i)).as("index %d", i).isEqualTo(first[i]);
            }
        }
        try (Task other = create(type, SEED + 1)) {
            assertThat(other.run(0)).isNotEqualTo(first[0]);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void differentIndicesGiveDifferentChecksums(TaskType type) throws Exception {
        List<Long> checksums = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            checksums.add(shared(type).run(i));
        }
        assertThat(checksums).doesNotHaveDuplicates();
    }

    /** Not remote-query: its weight is the server's latency, and a slower server gives the same answer. */
    @ParameterizedTest
    @MethodSource("allButRemoteQuery")
    void aDifferentWeightGivesADifferentChecksum(TaskType type) throws Exception {
        try (Task task = type.create(type.weights().trivial() + 1, SEED)) {
            assertThat(task.run(1)).isNotEqualTo(shared(type).run(1));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void closeIsIdempotent(TaskType type) throws Exception {
        Task task = create(type, SEED);
        task.run(0);
        task.close();
        task.close();
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void namedWeightsGrowAndSpecCarriesTheWeight(TaskType type) throws Exception {
        NamedWeights w = type.weights();
        assertThat(List.of(w.trivial(), w.light(), w.medium(), w.heavy())).isSorted().doesNotHaveDuplicates();
        assertThat(shared(type).spec()).isEqualTo(new TaskSpec(type.id(), w.trivial(), SEED));
    }

    @ParameterizedTest
    @MethodSource("dev.breakeven.tasks.TaskType#catalogue")
    void describesItselfForTheCatalogue(TaskType type) {
        assertThat(type.id()).matches("[a-z][a-z0-9-]*");
        assertThat(type.unit()).isNotBlank();
        assertThat(type.standsFor()).isNotBlank();
        assertThat(TaskType.byId(type.id())).isSameAs(type);
    }

    @Test
    void idsAreUnique() {
        List<String> ids = TaskType.all().stream().map(TaskType::id).collect(Collectors.toList());
        assertThat(ids).doesNotHaveDuplicates()
                .contains("arithmetic", "ensemble", "correlation", "chunked-field", "stream", "disk",
                        "remote-query", "render", "memory-hungry");
    }

    @Test
    void unknownTaskNamesTheValidOnes() {
        assertThatThrownBy(() -> TaskType.byId("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("remote-query");
    }

    @Test
    void weightBelowOneIsRejected() {
        assertThatThrownBy(() -> TaskType.ENSEMBLE.create(0, SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ensemble");
    }

    static java.util.stream.Stream<TaskType> allButRemoteQuery() {
        return TaskType.catalogue().stream().filter(t -> t != TaskType.REMOTE_QUERY);
    }
}
