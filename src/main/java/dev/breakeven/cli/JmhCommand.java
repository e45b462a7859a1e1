package dev.breakeven.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Plain JMH on breakeven's benchmark, for people who want JMH's own command line: every argument after
 * {@code jmh} goes to {@code org.openjdk.jmh.Main} exactly as typed ({@code -p task=arithmetic},
 * {@code -wi 1}, {@code -rf json}; {@code -h}, or {@code --help}, for JMH's help). JMH matches the benchmark
 * name as a regular expression, so {@code BatchBenchmark} finds {@code dev.breakeven.bench.BatchBenchmark}.
 *
 * <p>{@link Main#main} hands the arguments over before picocli parses anything (picocli would take
 * {@code -p} for an unknown option, drop {@code --} and expand {@code @file}s); this class is what
 * {@code breakeven --help} and {@code breakeven help jmh} describe.
 */
@Command(name = JmhCommand.NAME, description = {"Runs JMH's own command line on the breakeven jar: every argument"
        + " after 'jmh' goes to JMH unchanged, e.g. 'breakeven jmh BatchBenchmark -p task=arithmetic -p workers=1,2"
        + " -rf json'. 'breakeven jmh -h' lists JMH's options. No sweep, no resume: use 'run' for that."})
final class JmhCommand implements Callable<Integer> {

    static final String NAME = "jmh";

    @Parameters(arity = "0..*", paramLabel = "JMH_ARGS", description = "Arguments for JMH, as JMH takes them"
            + " (see 'breakeven jmh -h').")
    List<String> args = new ArrayList<>();

    /**
     * Runs JMH's command line with {@code args} as given (JMH itself exits non-zero on bad options), except
     * that {@code --help}, which JMH does not know, is taken for its {@code -h}.
     */
    static void handOver(String[] args) throws Exception {
        String[] jmhArgs = args.clone();
        for (int i = 0; i < jmhArgs.length; i++) {
            if (jmhArgs[i].equals("--help")) {
                jmhArgs[i] = "-h";
            }
        }
        org.openjdk.jmh.Main.main(jmhArgs);
    }

    @Override
    public Integer call() throws Exception {
        handOver(args.toArray(String[]::new));
        return 0;
    }
}
