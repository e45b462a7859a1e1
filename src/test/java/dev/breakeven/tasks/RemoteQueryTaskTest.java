package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The remote query waits without using CPU, reuses its connections, and stops its server at close. */
class RemoteQueryTaskTest {

    @Test
    void answerIsComputedFromTheQuery() throws Exception {
        try (RemoteQueryTask task = new RemoteQueryTask(new TaskSpec("remote-query", 1, 9))) {
            double[] answer = new double[WeatherServer.RECORDS];
            WeatherServer.answer(9, 4, answer);
            long expected = 4;
            for (double value : answer) {
                expected = Mix.fold(expected, value);
            }
            assertThat(task.run(4)).isEqualTo(expected);
        }
    }

    @Test
    void aQueryTakesAtLeastTheServerLatency() throws Exception {
        try (RemoteQueryTask task = new RemoteQueryTask(new TaskSpec("remote-query", 20_000, 1))) {
            task.run(0); // connect outside the timing
            long start = System.nanoTime();
            task.run(1);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /**
     * More queries wait at the server at once than there are cores: what lets I/O-bound work scale past the
     * core count. Counted at the server, not timed: the latency (1 s) is only long enough that every query
     * is sent before the first answer comes back.
     */
    @Test
    void waitingQueriesOverlapSoManyWorkersBeatTheCoreCount() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int queries = Math.max(16, 2 * cores);
        ExecutorService pool = Executors.newFixedThreadPool(queries);
        try (RemoteQueryTask task = new RemoteQueryTask(
                new TaskSpec("remote-query", TimeUnit.SECONDS.toMicros(1), 1))) {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                int index = i;
                answers.add(pool.submit(() -> task.run(index)));
            }
            for (Future<Long> answer : answers) {
                answer.get();
            }
            assertThat(task.mostQueriesWaiting()).as("queries waiting at the server at once, on %d cores", cores)
                    .isGreaterThan(cores).isLessThanOrEqualTo(queries);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void connectionsAreReusedAcrossBatches() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (RemoteQueryTask task = new RemoteQueryTask(new TaskSpec("remote-query", 1, 1))) {
            for (int batch = 0; batch < 3; batch++) {
                List<Future<Long>> answers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int index = i;
                    answers.add(pool.submit(() -> task.run(index)));
                }
                for (Future<Long> answer : answers) {
                    answer.get();
                }
            }
            assertThat(task.connectionsAccepted()).isBetween(1, threads);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeStopsTheServerAndItsThreads() throws Exception {
        RemoteQueryTask task = new RemoteQueryTask(new TaskSpec("remote-query", 1, 1));
        for (int i = 0; i < 3; i++) {
            task.run(i);
        }
        int port = task.port();
        String prefix = task.serverThreadPrefix();
        assertThat(serverThreads(prefix)).isNotEmpty();
        task.close();
        task.close();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(IOException.class);
        assertThat(serverThreads(prefix)).isEmpty();
    }

    private static List<Thread> serverThreads(String prefix) {
        List<Thread> alive = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix) && t.isAlive()) {
                alive.add(t);
            }
        }
        return alive;
    }
}
