package dev.breakeven.report.io;

/**
 * What the user said about a JMH file's axes ({@code --workers-param}, {@code --weight-param},
 * {@code --strategy-param}, {@code --baseline}); null where {@link Axes} should recognise the axis itself.
 *
 * @param workersParam the param that holds the worker count
 * @param weightParam the numeric param that holds the work per task
 * @param strategyParam the param that names the way work is spread over workers
 * @param baseline the strategy (or benchmark method) every speedup is measured against
 */
public record AxisOverrides(String workersParam, String weightParam, String strategyParam, String baseline) {

    /** Recognise every axis. */
    public static final AxisOverrides NONE = new AxisOverrides(null, null, null, null);
}
