package dev.breakeven.tasks.command;

import dev.breakeven.api.TaskPlugin;
import dev.breakeven.tasks.NamedWeights;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskKind;
import dev.breakeven.tasks.TaskSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code breakeven run --command TEMPLATE}: a command of your own, in any language, one process per task, as
 * a task named {@value #NAME}. Its settings are system properties starting with {@code breakeven.command}, so
 * they reach every JVM of a sweep (the JMH forks and the process pools' workers) with the plug-in tasks
 * ({@code TaskPlugins.jvmArgs}).
 */
public final class CommandPlugin implements TaskPlugin {

    /** The task's name in results and charts. */
    public static final String NAME = "command";
    /** The command template (the task is there only when this is set). */
    public static final String TEMPLATE_PROPERTY = "breakeven.command";
    /** The weights given with {@code --weights}, comma-separated: the task's named weights come from them. */
    public static final String WEIGHTS_PROPERTY = "breakeven.command.weights";
    /** Bytes one running command holds: {@code --task-memory}, or measured in the check run. */
    public static final String MEMORY_PROPERTY = "breakeven.command.memory";
    /** Nanoseconds one process start costs here ({@link ProcessStartCost}), for the summary. */
    public static final String START_PROPERTY = "breakeven.command.start-nanos";

    private static final String WORKER_LOGS_PROPERTY = "breakeven.worker-logs";

    private final CommandTemplate template;

    /** The command task of this JVM's {@value #TEMPLATE_PROPERTY}. */
    public CommandPlugin() {
        this(CommandTemplate.of(System.getProperty(TEMPLATE_PROPERTY)));
    }

    CommandPlugin(CommandTemplate template) {
        this.template = template;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.MIXED;
    }

    @Override
    public String unit() {
        return "units of {weight}";
    }

    @Override
    public NamedWeights weights() {
        String given = System.getProperty(WEIGHTS_PROPERTY, "1,1000");
        return namedWeights(Arrays.stream(given.split(",")).mapToLong(w -> Long.parseLong(w.trim())).toArray());
    }

    /**
     * Four growing named weights for the weights a user gave: the lightest and heaviest given (the heaviest at
     * least 3 above the lightest) and two log-spaced between them. They only name weights: the sweep measures
     * exactly the weights given.
     */
    static NamedWeights namedWeights(long... given) {
        long lightest = Arrays.stream(given).min().orElse(1);
        long heaviest = Math.max(Arrays.stream(given).max().orElse(1), lightest + 3);
        double lo = Math.log(lightest);
        double hi = Math.log(heaviest);
        long light = Math.max(lightest + 1, Math.round(Math.exp(lo + (hi - lo) / 3)));
        long medium = Math.max(light + 1, Math.round(Math.exp(lo + 2 * (hi - lo) / 3)));
        return new NamedWeights(lightest, light, Math.min(medium, heaviest - 1), heaviest);
    }

    @Override
    public String standsFor() {
        String start = System.getProperty(START_PROPERTY);
        return "your command `" + template.text() + "`, one process per task"
                + (start == null ? "" : "; starting a process (/bin/sh -c true) costs "
                + millis(Long.parseLong(start)) + " here: the dispatch overhead every task pays, under every"
                + " strategy and in the loop");
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, nanos >= 10_000_000 ? "%.0f ms" : "%.2f ms", nanos / 1e6);
    }

    /** The memory every running command holds: a process of its own, whatever its weight. */
    @Override
    public long workingSetBytes(long weight) {
        return Math.max(0, memoryPerTask());
    }

    /** Bytes one running command holds, or -1 while unknown. */
    static long memoryPerTask() {
        String memory = System.getProperty(MEMORY_PROPERTY);
        return memory == null ? -1 : Long.parseLong(memory);
    }

    /** Records the peak memory the first command measured (0: could not be measured) and says so. */
    static void measuredPeak(long measured) {
        // a process that ends within a millisecond or two is gone before /proc is read: no real peak is that small
        long bytes = measured < (1 << 20) ? 0 : measured;
        System.setProperty(MEMORY_PROPERTY, Long.toString(bytes));
        System.out.print(bytes > 0
                ? " (measured peak memory of one command: " + String.format("%.1f", bytes / 1048576.0) + " MiB; the memory"
                        + " gate uses it, set --task-memory to override)"
                : " (the peak memory of one command could not be read: it ended too soon, or this system has no /proc;"
                        + " state it with --task-memory)");
        System.out.flush();
    }

    @Override
    public Task create(long weight, long seed) throws Exception {
        return new CommandTask(new TaskSpec(NAME, weight, seed), template, System.getProperty(WORKER_LOGS_PROPERTY));
    }
}
