package dev.breakeven.api;

import dev.breakeven.tasks.NamedWeights;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskKind;

/**
 * A task of your own, measured, charted and summarised like the catalogue's. breakeven finds implementations
 * with {@link java.util.ServiceLoader} in the jars named by {@code --task-jar} (on {@code run}, {@code tasks},
 * and in every JVM a sweep starts: the JMH forks and the process pools' workers); a jar registers its tasks in
 * {@code META-INF/services/dev.breakeven.api.TaskPlugin}, one class name per line, each with a public
 * no-argument constructor.
 *
 * <p>The catalogue's own tasks declare exactly this; see {@code examples/my-task/} for a complete plug-in.
 */
public interface TaskPlugin {

    /**
     * The name on the command line, in results and charts: lower-case letters, digits and hyphens, starting
     * with a letter, and not the name of a catalogue task, e.g. {@code regrid}.
     */
    String name();

    /** What limits its speedup: CPU, memory bandwidth, I/O (waiting), or a mix. */
    TaskKind kind();

    /** What one unit of weight is, e.g. "grid cells" or "files". */
    String unit();

    /**
     * Its four named weights (trivial, light, medium, heavy) in its own unit, growing; the profiles sweep
     * these and log-spaced weights between them. Aim for about 1 µs, 30 µs, 300 µs and 10 ms per task.
     */
    NamedWeights weights();

    /** What real work it stands for, in one short sentence, e.g. "regridding one model field to 1°". */
    String standsFor();

    /**
     * Memory each running task holds on its own at {@code weight}, in bytes (0 when it needs little): p
     * workers hold p times this, and the sweep skips worker counts whose total does not fit.
     */
    default long workingSetBytes(long weight) {
        return 0;
    }

    /**
     * Prepares the task at {@code weight}, generating its inputs from {@code seed} here, outside any measured
     * code. The returned task's {@link Task#run(int)} does task number {@code index} of a batch, is
     * thread-safe, and returns a checksum that depends only on (weight, seed, index), so every strategy and
     * worker count gives the same batch checksum; {@link Task#close()} releases what this acquired.
     */
    Task create(long weight, long seed) throws Exception;
}
