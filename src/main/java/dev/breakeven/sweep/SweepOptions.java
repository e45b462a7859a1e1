package dev.breakeven.sweep;

import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated {@code breakeven run}: what to measure, where to write it, and the limits to respect.
 *
 * @param arguments     the command-line arguments as given, stored so {@code --resume} repeats them
 * @param jmhArguments  JMH's own options passed through to every point ({@code -prof gc}, {@code -jvmArgs})
 * @param forkHeapBytes {@code -Xmx} of every fork, or 0 for the JVM's default
 * @param leaveCores    logical cores to leave to colleagues: the worker ladder tops out at cores − leaveCores
 * @param maxMemoryBytes the most memory the sweep may plan to use, or 0 for no cap beyond free memory
 * @param payloadBytes  bytes sent with every task to process-pool workers (argument size), 0 for none
 * @param dryRun        print the plan and stop: nothing is run or written
 */
public record SweepOptions(List<String> arguments, Profile profile, String label, List<TaskType> tasks,
                           List<StrategyType> strategies, List<String> weights, List<Integer> workers,
                           int maxWorkers, int batch, Path resultsRoot, ForkJvm forkJvm, long forkHeapBytes,
                           List<String> jmhArguments, boolean verbose, String injectFailure,
                           boolean check, boolean force, int leaveCores, long maxMemoryBytes,
                           int waitIdleMinutes, long payloadBytes, boolean dryRun) {
}
