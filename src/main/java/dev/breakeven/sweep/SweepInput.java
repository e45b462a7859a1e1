package dev.breakeven.sweep;

import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * Every check of {@code breakeven run}'s input, in one place: the command line's words in, a validated
 * {@link SweepOptions} out, or a one-line {@link SweepInputException} naming the input and the fix.
 */
public final class SweepInput {

    /**
     * The options as typed (picocli has parsed the syntax; nothing is validated yet).
     *
     * @param profile profile name; {@code strategies} etc. empty when not given; sizes and budget as text or null
     */
    public record Raw(List<String> arguments, String profile, String label, List<String> tasks,
            List<String> strategies, List<String> weights, List<Integer> workers, int maxWorkers, int batch,
            int forks, String budget, int planCores, Path results, String jvm, String forkHeap, boolean check,
            boolean force, int leaveCores, String maxMemory, int waitIdle, String payload, boolean dryRun,
            boolean verbose, String injectFailure, List<String> jmh, String taskTimeout) {
    }

    private SweepInput() {
    }

    /** Validates {@code raw} for a machine of {@code logicalCores} cores named {@code host}. */
    public static SweepOptions validate(Raw raw, int logicalCores, String host) throws SweepInputException {
        Profile profile = Profile.find(raw.profile()).orElseThrow(() -> new SweepInputException(
                "unknown profile '" + raw.profile() + "'; valid profiles: " + Profile.ids()));
        List<TaskType> tasks = new ArrayList<>();
        for (String t : raw.tasks().isEmpty() ? TaskType.all().stream().map(TaskType::id).toList() : raw.tasks()) {
            tasks.add(TaskType.find(t).orElseThrow(() -> new SweepInputException(
                    "unknown task '" + t + "' in --tasks; valid tasks: " + TaskType.ids())));
        }
        List<StrategyType> strategies = new ArrayList<>();
        for (String s : raw.strategies().isEmpty() ? StrategyType.defaults().stream().map(StrategyType::id).toList()
                : raw.strategies()) {
            strategies.add(StrategyType.find(s).orElseThrow(() -> new SweepInputException(
                    "unknown strategy '" + s + "' in --strategies; valid strategies: " + StrategyType.ids())));
        }
        for (String w : raw.weights()) {
            if (!w.matches("trivial|light|medium|heavy|[1-9][0-9]*")) {
                throw new SweepInputException("--weights " + w + " is neither a named weight (trivial, light,"
                        + " medium, heavy) nor a positive whole number");
            }
        }
        for (int w : raw.workers()) {
            if (w < 1) {
                throw new SweepInputException("--workers " + w + " is not a worker count; give counts of 1 or more,"
                        + " e.g. --workers 1,2,4");
            }
        }
        atLeast("--max-workers", raw.maxWorkers(), 0, "1 or more");
        atLeast("--batch", raw.batch(), 0, "1 or more");
        atLeast("--forks", raw.forks(), 0, "1 or more (forks per point in the first pass)");
        atLeast("--wait-idle", raw.waitIdle(), 0, "0 or more minutes");
        atLeast("--cores", raw.planCores(), 0, "1 or more");
        if (raw.planCores() > 0 && !raw.dryRun()) {
            throw new SweepInputException("--cores " + raw.planCores() + " plans for another machine and only works"
                    + " with --dry-run; a sweep measures the cores it runs on (limit them with --leave-cores)");
        }
        if (raw.leaveCores() < 0 || raw.leaveCores() >= logicalCores) {
            throw new SweepInputException("--leave-cores " + raw.leaveCores() + " must be between 0 and "
                    + (logicalCores - 1) + " on this machine of " + logicalCores + " logical cores");
        }
        Duration budget = profile.budget();
        if (raw.budget() != null) {
            budget = Budgets.parse(raw.budget()).orElseThrow(() -> new SweepInputException("--budget " + raw.budget()
                    + " is not a duration; write e.g. 45m, 1h30m or 90s"));
        }
        Duration taskTimeout = Budgets.parse(raw.taskTimeout() == null ? "2m" : raw.taskTimeout())
                .orElseThrow(() -> new SweepInputException("--task-timeout " + raw.taskTimeout()
                        + " is not a duration; write e.g. 30s, 2m or 1h"));
        if (raw.injectFailure() != null && !raw.injectFailure().matches("[a-z-]+:[0-9]+")) {
            throw new SweepInputException("--inject-failure " + raw.injectFailure()
                    + " must be TASK:INDEX, e.g. arithmetic:3");
        }
        int minForks = raw.forks() > 0 ? raw.forks() : profile.minForks();
        SweepOptions.Measure measure = new SweepOptions.Measure(profile, tasks, strategies,
                !raw.strategies().isEmpty(), raw.weights(), raw.workers(), raw.maxWorkers(),
                raw.batch() == 0 ? profile.batch() : raw.batch(), minForks, Math.max(minForks, profile.maxForks()),
                budget, raw.planCores());
        SweepOptions.Limits limits = new SweepOptions.Limits(raw.leaveCores(), Sizes.parse("--max-memory",
                raw.maxMemory()), Sizes.parse("--fork-heap", raw.forkHeap()), raw.waitIdle(), raw.force(),
                Sizes.parse("--payload", raw.payload()));
        SweepOptions.Output output = new SweepOptions.Output(raw.arguments(), raw.label() == null ? host : raw.label(),
                raw.results(), raw.verbose(), raw.dryRun());
        ForkJvm jvm = raw.jvm() == null ? ForkJvm.current() : ForkJvm.of(raw.jvm());
        return new SweepOptions(measure, limits, output,
                new SweepOptions.Debugging(jvm, jmhOptions(raw.jmh()), raw.injectFailure(), raw.check(), taskTimeout));
    }

    private static void atLeast(String option, int value, int least, String what) throws SweepInputException {
        if (value < least) {
            throw new SweepInputException(option + " " + value + " must be " + what);
        }
    }

    /** JMH's own options after {@code --}, checked up front so a bad one is one line, not every point failing. */
    static CommandLineOptions jmhOptions(List<String> args) throws SweepInputException {
        try {
            CommandLineOptions jmh = new CommandLineOptions(args.toArray(String[]::new));
            if (jmh.getJvm().hasValue()) {
                throw new SweepInputException("give the forks' JVM as --jvm " + jmh.getJvm().get()
                        + " (before --), not as JMH's -jvm, so the sweep knows which strategies it can run");
            }
            if (!jmh.getIncludes().isEmpty()) {
                throw new SweepInputException("JMH options after -- must not name benchmarks (got "
                        + jmh.getIncludes() + "); use --tasks and --strategies to choose what runs");
            }
            if (jmh.getForkCount().hasValue()) {
                throw new SweepInputException("JMH's -f " + jmh.getForkCount().get() + " after -- cannot be used: the"
                        + " sweep runs and interleaves the forks itself; give --forks " + jmh.getForkCount().get()
                        + " (before --) instead");
            }
            for (ProfilerConfig profiler : jmh.getProfilers()) {
                ProfilerFactory.getProfilerOrException(profiler);
            }
            return jmh;
        } catch (ProfilerException e) {
            throw new SweepInputException("JMH profiler after -- cannot run here: " + e.getMessage().strip()
                    .replaceAll("\\s+", " ") + " (list them with: java -jar target/breakeven.jar jmh -lprof)");
        } catch (CommandLineOptionException e) {
            throw new SweepInputException("JMH options after -- are not valid: " + e.getMessage()
                    + " (see java -jar target/breakeven.jar jmh -h)");
        }
    }
}
