package dev.breakeven.report;

import dev.breakeven.report.io.AxisOverrides;
import picocli.CommandLine.Option;

/**
 * The options of {@code report} and {@code compare} that say which JMH param is which axis, for benchmarks
 * whose names breakeven does not recognise on its own. Each is checked against the file when it is read.
 */
final class AxisOptions {

    @Option(names = "--workers-param", paramLabel = "NAME",
            description = "The @Param that holds the worker count (default: workers, threads, parallelism or p; "
                    + "else JMH's thread count, -t).")
    String workersParam;

    @Option(names = "--weight-param", paramLabel = "NAME",
            description = "The numeric @Param that holds the work per task (default: weight; else the numeric param "
                    + "with several values, by name among work, size, n, tokens, ... when several have).")
    String weightParam;

    @Option(names = "--strategy-param", paramLabel = "NAME",
            description = "The @Param that names how work is spread over workers (default: strategy, impl, mode, ...; "
                    + "else the benchmark method's name when a class has several methods).")
    String strategyParam;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "The strategy or method every speedup is measured against (default: sequential, serial, "
                    + "loop or baseline; without one, each strategy's fewest workers).")
    String baseline;

    AxisOverrides overrides() {
        return new AxisOverrides(workersParam, weightParam, strategyParam, baseline);
    }
}
