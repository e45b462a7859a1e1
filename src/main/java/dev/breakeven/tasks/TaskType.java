package dev.breakeven.tasks;

import dev.breakeven.api.TaskPlugin;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongToIntFunction;
import java.util.stream.Collectors;

/**
 * The tasks a sweep can measure: the catalogue's own (constants below), each plain-Java work that mirrors one of
 * the guide's examples, then the plug-in tasks of the jars named by {@code --task-jar} ({@link TaskPlugins}).
 * Each is a factory ({@link #create}); weights are work units, not time, so every machine runs the same work.
 */
public final class TaskType {
    public static final TaskType ARITHMETIC = new TaskType("arithmetic", TaskKind.CPU, "iterations",
            new NamedWeights(400, 12_000, 120_000, 4_000_000),
            "pure arithmetic loop; the calibration task that isolates parallel overhead",
            ArithmeticTask::new);
    public static final TaskType ENSEMBLE = new TaskType("ensemble", TaskKind.CPU, "time steps",
            new NamedWeights(3, 120, 1_200, 42_000),
            "one member of an ensemble forecast (Lorenz-96 model, RK4), run independently of the others",
            EnsembleTask::new);
    public static final TaskType CORRELATION = new TaskType("correlation", TaskKind.CPU, "grid cells",
            new NamedWeights(2, 50, 500, 16_000),
            "correlating each grid cell's time series with a climate index (a teleconnection map)",
            CorrelationTask::new);
    public static final TaskType CHUNKED_FIELD = new TaskType("chunked-field", TaskKind.CPU, "cells per chunk",
            new NamedWeights(1, 16, 128, 8_192),
            "one fixed-size field split into chunks of the given size: how big should a chunk be?",
            ChunkedFieldTask::new, Sizing.fixedTotal(ChunkedFieldTask::chunks));
    public static final TaskType STREAM = new TaskType("stream", TaskKind.MEMORY, "array elements",
            new NamedWeights(2_000, 36_000, 170_000, 6_000_000),
            "a pass over gridded data larger than the cache (STREAM triad): limited by memory bandwidth",
            StreamTask::new);
    public static final TaskType DISK = new TaskType("disk", TaskKind.IO, "KiB",
            new NamedWeights(1, 16, 256, 8_192),
            "writing a chunk of model output to disk with fsync and reading it back",
            DiskTask::new);
    public static final TaskType REMOTE_QUERY = new TaskType("remote-query", TaskKind.IO, "microseconds of server latency",
            new NamedWeights(1, 30, 300, 10_000),
            "a query to a remote weather database over TCP that answers after a fixed latency",
            RemoteQueryTask::new);
    public static final TaskType RENDER = new TaskType("render", TaskKind.MIXED, "pixels per image side",
            new NamedWeights(1, 16, 48, 384),
            "a plotting script drawing a field as a colour map and saving it as PNG",
            RenderTask::new);
    public static final TaskType MEMORY_HUNGRY = new TaskType("memory-hungry", TaskKind.MEMORY, "MiB per task",
            new NamedWeights(1, 16, 64, 256),
            "loading a whole variable into memory before analysing it: the memory wall as workers grow",
            MemoryHungryTask::new, Sizing.perTaskBytes(MemoryHungryTask.BYTES_PER_UNIT));

    private static final List<TaskType> CATALOGUE = List.of(ARITHMETIC, ENSEMBLE, CORRELATION, CHUNKED_FIELD,
            STREAM, DISK, REMOTE_QUERY, RENDER, MEMORY_HUNGRY);

    /** Creates the task for one spec; inputs are generated here, outside any measured code. */
    @FunctionalInterface
    interface Factory {
        Task create(TaskSpec spec) throws Exception;
    }

    /**
     * What a sweep must know about a task's size beyond its weight. Most tasks need nothing: each index is
     * a complete piece of work, and inputs shared by all tasks are not counted.
     */
    interface Sizing {

        Sizing ORDINARY = new Sizing() {
        };

        /** Memory each running task holds on its own; p workers hold p times this. */
        default long workingSetBytes(long weight) {
            return 0;
        }

        /** Tasks that cover the task's fixed total work once, for tasks whose total work is fixed. */
        default OptionalInt tasksPerPass(long weight) {
            return OptionalInt.empty();
        }

        /** Every task holds {@code bytesPerUnit} bytes per weight unit while it runs. */
        static Sizing perTaskBytes(long bytesPerUnit) {
            return new Sizing() {
                @Override
                public long workingSetBytes(long weight) {
                    return Math.multiplyExact(weight, bytesPerUnit);
                }
            };
        }

        /** The total work is fixed and {@code tasks} tells how many tasks of a weight cover it. */
        static Sizing fixedTotal(LongToIntFunction tasks) {
            return new Sizing() {
                @Override
                public OptionalInt tasksPerPass(long weight) {
                    return OptionalInt.of(tasks.applyAsInt(weight));
                }
            };
        }
    }

    private final String id;
    private final TaskKind kind;
    private final String unit;
    private final NamedWeights weights;
    private final String standsFor;
    private final Factory factory;
    private final Sizing sizing;

    private TaskType(String id, TaskKind kind, String unit, NamedWeights weights, String standsFor,
            Factory factory) {
        this(id, kind, unit, weights, standsFor, factory, Sizing.ORDINARY);
    }

    private TaskType(String id, TaskKind kind, String unit, NamedWeights weights, String standsFor, Factory factory,
             Sizing sizing) {
        this.id = id;
        this.kind = kind;
        this.unit = unit;
        this.weights = weights;
        this.standsFor = standsFor;
        this.factory = factory;
        this.sizing = sizing;
    }

    /** Catalogue name used on the command line, in {@code @Param}s and in results. */
    public String id() {
        return id;
    }

    public TaskKind kind() {
        return kind;
    }

    /** What one unit of weight is, e.g. "iterations", "time steps", "cells". */
    public String unit() {
        return unit;
    }

    public NamedWeights weights() {
        return weights;
    }

    public String standsFor() {
        return standsFor;
    }

    /**
     * Bytes of memory each running task of this type holds on its own at {@code weight} (0 for tasks that
     * need no more than a few arrays): with p workers, p times this must fit in the JVM's heap.
     */
    public long workingSetBytes(long weight) {
        return sizing.workingSetBytes(weight);
    }

    /**
     * For a task whose total work is fixed and the weight only sets the granularity ({@code chunked-field}):
     * how many tasks, indices 0 to n-1, cover the total once at {@code weight}. Empty for every other task,
     * where each index is a complete piece of work and any batch size is meaningful.
     */
    public OptionalInt tasksPerPass(long weight) {
        return sizing.tasksPerPass(weight);
    }

    /**
     * The batch to run at {@code weight}: {@link #tasksPerPass} where the total work is fixed (so one batch
     * is one pass over it, whatever the weight), else {@code batch} unchanged.
     */
    public int batchFor(long weight, int batch) {
        return tasksPerPass(weight).orElse(batch);
    }

    /** Prepares this task at {@code weight} with inputs from {@code seed}; the caller closes it. */
    public Task create(long weight, long seed) throws Exception {
        if (weight < 1) {
            throw new IllegalArgumentException("weight of " + id + " must be at least 1, was " + weight);
        }
        TaskSpec spec = new TaskSpec(id, weight, seed);
        return InjectedFailure.wrap(factory.create(spec));
    }

    /** A plug-in task, declared as the catalogue's are; watched for {@code --task-timeout} ({@link TaskTimeout}). */
    static TaskType of(TaskPlugin plugin) {
        return new TaskType(plugin.name(), plugin.kind(), plugin.unit(), plugin.weights(), plugin.standsFor(),
                spec -> TaskTimeout.watch(spec, s -> plugin.create(s.weight(), s.seed())), new Sizing() {
                    @Override
                    public long workingSetBytes(long weight) {
                        return plugin.workingSetBytes(weight);
                    }
                });
    }

    /** Whether this task is one of the catalogue's own, not a plug-in's. */
    public boolean inCatalogue() {
        return CATALOGUE.contains(this);
    }

    /** The catalogue's own tasks, without plug-ins. */
    public static List<TaskType> catalogue() {
        return CATALOGUE;
    }

    public static Optional<TaskType> find(String id) {
        return all().stream().filter(t -> t.id.equals(id)).findFirst();
    }

    /** The task called {@code id}; the exception message lists the valid names. */
    public static TaskType byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown task '" + id + "'; valid tasks: " + ids()));
    }

    public static String ids() {
        return all().stream().map(TaskType::id).collect(Collectors.joining(", "));
    }

    /** The catalogue, then the plug-in tasks this JVM was given ({@link TaskPlugins#loaded()}). */
    public static List<TaskType> all() {
        List<TaskType> plugins = TaskPlugins.loaded();
        if (plugins.isEmpty()) {
            return CATALOGUE;
        }
        List<TaskType> all = new java.util.ArrayList<>(CATALOGUE);
        all.addAll(plugins);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return id;
    }
}
