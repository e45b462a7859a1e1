/**
 * {@code spark} and {@code spark-cold}: a batch of tasks as one Apache Spark job, in {@code local[p]} or on a
 * standalone cluster. Spark itself stays out of breakeven's jar: this package holds only what the default build
 * needs (the {@link dev.breakeven.strategies.spark.SparkEngine} interface, the settings that reach the forks as
 * {@code -D} properties, and the catalogue entries' factories); the implementation is the optional build in
 * {@code spark/}, found with {@link java.util.ServiceLoader} when its jar is on the class path.
 *
 * <p><b>May import:</b> the JDK, {@code dev.breakeven.tasks} and {@code dev.breakeven.strategies}; no Spark.
 */
package dev.breakeven.strategies.spark;
