/**
 * What a plug-in task implements: {@link dev.breakeven.api.TaskPlugin}, found with {@link java.util.ServiceLoader}
 * in the jars given with {@code --task-jar}. Kept small and stable: it speaks only of what the catalogue's own
 * tasks declare ({@link dev.breakeven.tasks.Task}, {@link dev.breakeven.tasks.TaskKind}, {@link
 * dev.breakeven.tasks.NamedWeights}).
 *
 * <p><b>May import:</b> the JDK and {@code dev.breakeven.tasks}, nothing else.
 */
package dev.breakeven.api;
