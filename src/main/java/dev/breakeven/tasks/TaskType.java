package dev.breakeven.tasks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fixed task catalogue. Each entry is a factory ({@link #create}) for plain-Java work that mirrors one
 * of the guide's examples; weights are work units, not time, so every machine runs the same work.
 */
public enum TaskType {
    ARITHMETIC("arithmetic", TaskKind.CPU, "iterations",
            new NamedWeights(1_000, 30_000, 300_000, 10_000_000),
            "pure arithmetic loop; the calibration task that isolates parallel overhead",
            ArithmeticTask::new);

    /** Creates the task for one spec; inputs are generated here, outside any measured code. */
    @FunctionalInterface
    interface Factory {
        Task create(TaskSpec spec) throws Exception;
    }

    private final String id;
    private final TaskKind kind;
    private final String unit;
    private final NamedWeights weights;
    private final String standsFor;
    private final Factory factory;

    TaskType(String id, TaskKind kind, String unit, NamedWeights weights, String standsFor, Factory factory) {
        this.id = id;
        this.kind = kind;
        this.unit = unit;
        this.weights = weights;
        this.standsFor = standsFor;
        this.factory = factory;
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

    /** Memory each running task of this type holds at {@code weight}, in bytes (0: negligible). */
    public long workingSetBytes(long weight) {
        return 0;
    }

    /** Prepares this task at {@code weight} with inputs from {@code seed}; the caller closes it. */
    public Task create(long weight, long seed) throws Exception {
        if (weight < 1) {
            throw new IllegalArgumentException("weight of " + id + " must be at least 1, was " + weight);
        }
        TaskSpec spec = new TaskSpec(id, weight, seed);
        return InjectedFailure.wrap(factory.create(spec));
    }

    public static Optional<TaskType> find(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** The task called {@code id}; the exception message lists the valid names. */
    public static TaskType byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown task '" + id + "'; valid tasks: " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(TaskType::id).collect(Collectors.joining(", "));
    }

    public static List<TaskType> all() {
        return List.of(values());
    }
}
