/**
 * The task {@code command}: a user's own command line (any language), one process per task, with {@code {index}},
 * {@code {weight}} and {@code {worker}} filled in; registered by {@link dev.breakeven.tasks.TaskPlugins} when
 * {@code --command} is given.
 *
 * <p><b>May import:</b> the JDK, {@code dev.breakeven.tasks} and {@code dev.breakeven.api}, nothing else.
 */
package dev.breakeven.tasks.command;
