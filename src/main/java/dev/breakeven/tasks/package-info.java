/**
 * The catalogue: the tasks that are timed (arithmetic, ensemble forecast, correlation, chunked field,
 * STREAM, disk, remote query, render, memory-hungry), each a plain-Java {@link dev.breakeven.tasks.Task}
 * created from a {@link dev.breakeven.tasks.TaskSpec} (task, weight, seed) and returning a checksum that
 * depends only on (task, weight, seed, index), so every strategy's result can be checked against the loop's.
 *
 * <p>The plug-in tasks of {@code --task-jar} join the catalogue here ({@link dev.breakeven.tasks.TaskPlugins}).
 *
 * <p><b>May import:</b> the JDK, commons-math3 and the plug-in interface ({@code dev.breakeven.api}), nothing
 * else of breakeven and no JMH: a task is ordinary code, testable and runnable in a worker JVM without a
 * harness (Renaissance's workload/adapter split).
 */
package dev.breakeven.tasks;
