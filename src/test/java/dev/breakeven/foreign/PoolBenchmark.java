package dev.breakeven.foreign;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark written the way anyone might write one, without breakeven's sweep or its parameter names: is
 * a fixed thread pool faster than a plain loop for {@value #TASKS} small tasks, and from how much work per
 * task on? breakeven's report has to find the axes on its own: {@code workers} (worker count), {@code work}
 * (the weight) and the method names {@code pool} and {@code sequential} (strategy and baseline).
 *
 * <p>One task is {@code work} rounds of xorshift64 (Marsaglia 2003) seeded by its index: a few ns per round,
 * with nothing the JIT can fold, because the seed and the round count come from state fields and the
 * result is returned. The score is per task ({@link OperationsPerInvocation}), in µs.
 *
 * <p>{@code workers} sits on its own state, used only by {@link #pool}: JMH runs {@link #sequential} once per
 * {@code work}, not once per worker count, and its results carry no {@code workers} param (a 1-thread run).
 * The pool is built at trial set-up and shut down at trial tear-down (JMHSample_07), so only dispatch is
 * measured, not thread start-up.
 *
 * <p>How {@code src/test/resources/foreign/pool.json} was made (after {@code mvn package}):
 * {@code java -cp target/test-classes:target/breakeven.jar org.openjdk.jmh.Main PoolBenchmark
 * -f 2 -wi 1 -w 200ms -i 3 -r 200ms -rf json -rff pool.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PoolBenchmark {

    /** Tasks per operation. */
    static final int TASKS = 16;

    /** Rounds of xorshift per task: log-spaced, from far below to far above a pool's dispatch cost. */
    @Param({"10", "100", "1000", "10000", "100000", "1000000"})
    public int work;

    /** A fixed pool of {@code workers} threads, kept for the whole trial. */
    @State(Scope.Benchmark)
    public static class Pool {

        @Param({"1", "2", "4"})
        public int workers;

        ExecutorService executor;

        @Setup(Level.Trial)
        public void start() {
            executor = Executors.newFixedThreadPool(workers);
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public long sequential() {
        long sum = 0;
        for (int i = 0; i < TASKS; i++) {
            sum += task(i, work);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public long pool(Pool pool) throws InterruptedException, ExecutionException {
        int rounds = work;
        List<Future<Long>> results = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            int index = i;
            results.add(pool.executor.submit(() -> task(index, rounds)));
        }
        long sum = 0;
        for (Future<Long> f : results) {
            sum += f.get();
        }
        return sum;
    }

    /** {@code rounds} rounds of xorshift64 from a seed that depends on {@code index}; never 0. */
    static long task(int index, int rounds) {
        long x = 0x9E3779B97F4A7C15L * (index + 1);
        for (int k = 0; k < rounds; k++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
