package dev.breakeven.sweep;

import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * A validated {@code breakeven run} ({@link SweepInput} makes it): what to measure, the limits to respect,
 * where to write, and the tools for debugging.
 */
public record SweepOptions(Measure measure, Limits limits, Output output, Debugging debugging) {

    /**
     * What to measure and in how much time.
     *
     * @param namedStrategies the user chose the strategies: each then runs at every weight
     * @param weights named weights or numbers, as given; empty for the profile's
     * @param workers exact worker counts; empty for the ladder
     * @param maxWorkers the ladder's top, 0 for the default
     * @param minForks forks every point gets first
     * @param maxForks the most forks a point gets
     * @param budget the time the sweep may take
     * @param planCores plan for a machine of this many cores instead of this one (dry runs only), 0 for this one
     */
    public record Measure(Profile profile, List<TaskType> tasks, List<StrategyType> strategies,
            boolean namedStrategies, List<String> weights, List<Integer> workers, int maxWorkers, int batch,
            int minForks, int maxForks, Duration budget, int planCores) {
    }

    /**
     * What the sweep may take from a shared machine.
     *
     * @param leaveCores logical cores to leave to colleagues: the worker ladder tops out at cores − leaveCores
     * @param maxMemoryBytes the most memory the sweep may plan to use, or 0 for no cap beyond free memory
     * @param forkHeapBytes {@code -Xmx} of every fork, or 0 for the JVM's default
     * @param force run points even when workers × task memory cannot fit
     * @param payloadBytes bytes sent with every task to process-pool workers (argument size), 0 for none
     */
    public record Limits(int leaveCores, long maxMemoryBytes, long forkHeapBytes, int waitIdleMinutes,
            boolean force, long payloadBytes) {
    }

    /**
     * Where and how results are written.
     *
     * @param arguments the command-line arguments as given, stored so {@code --resume} repeats them
     * @param dryRun print the plan and its estimated time and stop: nothing is measured or written
     */
    public record Output(List<String> arguments, String label, Path resultsRoot, boolean verbose, boolean dryRun) {
    }

    /**
     * Debugging aids and pass-throughs.
     *
     * @param jmh JMH's own options passed through to every fork ({@code -prof gc}, {@code -jvmArgs})
     * @param injectFailure {@code TASK:INDEX} to make throw, or null
     * @param check run each task once before the sweep
     * @param taskTimeout how long one task may run before it counts as hung ({@code --task-timeout})
     */
    public record Debugging(ForkJvm forkJvm, CommandLineOptions jmh, String injectFailure, boolean check,
            Duration taskTimeout) {
    }

    public Profile profile() {
        return measure.profile();
    }
}
