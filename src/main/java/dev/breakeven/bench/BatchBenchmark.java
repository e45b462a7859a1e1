package dev.breakeven.bench;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time of one batch: {@code batch} tasks of one catalogue task at one weight, spread over {@code workers}
 * workers by one strategy. Speedup is the sequential point's time over this point's time.
 *
 * <p>Why it looks like this: the task's inputs and the strategy's workers are built in
 * {@link Level#Trial} set-up, outside the measurement (only {@code fixed-pool-cold} and
 * {@code process-pool-cold} start workers inside, because start-up is what they measure). The batch
 * checksum is returned, so the JIT cannot discard the work, and compared with the first operation's, so a
 * strategy that loses or repeats tasks fails the point instead of looking fast. The checksum is also
 * written to the file named by {@value #CHECKSUM_FILE_PROPERTY}, so the sweep can check that every
 * strategy and worker count computed the same thing as the sequential loop. What tasks print goes to one
 * file per worker ({@link WorkerOutput}) when the sweep asks for it.
 *
 * <p>Run through the sweep ({@code breakeven run}), which gives every point its own fork, or directly:
 * {@code java -jar target/breakeven.jar jmh BatchBenchmark -p task=arithmetic -p workers=1,2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class BatchBenchmark {

    /** System property naming a file the benchmark writes its batch checksum to at tear-down. */
    public static final String CHECKSUM_FILE_PROPERTY = "breakeven.checksum-file";

    @Param("arithmetic")
    public String task;

    /** Work per task in the task's own unit (iterations, time steps, cells, ...), not time. */
    @Param("1000")
    public long weight;

    @Param("sequential")
    public String strategy;

    @Param("1")
    public int workers;

    /** Tasks per operation: one JMH operation is one whole batch. */
    @Param("48")
    public int batch;

    private WorkerOutput output;
    private Task work;
    private Strategy pool;
    private long firstChecksum;
    private boolean measuredOnce;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        output = WorkerOutput.installIfRequested();
        work = TaskType.byId(task).create(weight, TaskSpec.DEFAULT_SEED);
        pool = StrategyType.byId(strategy).create(workers);
    }

    @Benchmark
    public long runBatch() throws Exception {
        long checksum = pool.runBatch(work, batch);
        if (!measuredOnce) {
            firstChecksum = checksum;
            measuredOnce = true;
        } else if (checksum != firstChecksum) {
            throw new IllegalStateException("checksum changed between batches of " + work.spec() + " under "
                    + strategy + " with " + workers + " workers: " + firstChecksum + " then " + checksum);
        }
        return checksum;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try {
            writeChecksum();
        } finally {
            try {
                pool.close();
            } finally {
                work.close();
                if (output != null) {
                    output.close();
                }
            }
        }
    }

    private void writeChecksum() throws IOException {
        String file = System.getProperty(CHECKSUM_FILE_PROPERTY);
        if (file != null && measuredOnce) {
            Files.writeString(Path.of(file), Long.toString(firstChecksum), StandardCharsets.UTF_8);
        }
    }
}
