/**
 * The ways of spreading a batch of tasks over p workers (sequential loop, thread pools, fork/join, parallel
 * streams, virtual threads, worker processes), one {@link dev.breakeven.strategies.StrategyType} each with a
 * factory for p workers. Every strategy really uses p workers, and its tests count them.
 *
 * <p><b>May import:</b> the JDK, {@code dev.breakeven.tasks} and its own subpackages ({@code process}, {@code spark}); no
 * JMH, so strategies run and are tested without a harness.
 */
package dev.breakeven.strategies;
