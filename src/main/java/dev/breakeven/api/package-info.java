/**
 * The public interface for tasks of your own: {@link dev.breakeven.api.TaskPlugin}, implemented in a jar of
 * yours and loaded with {@code --task-jar} (see {@code examples/my-task/}).
 *
 * <p><b>May import:</b> the JDK and {@code dev.breakeven.tasks} (the {@code Task} a plug-in creates, its kind
 * and weights), nothing else: a plug-in compiles against this and those few types.
 */
package dev.breakeven.api;
