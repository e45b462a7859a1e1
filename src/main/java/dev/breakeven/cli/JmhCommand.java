package dev.breakeven.cli;

import dev.breakeven.tasks.TaskPlugins;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Plain JMH on breakeven's benchmark, for people who want JMH's own command line: every argument after
 * {@code jmh} goes to {@code org.openjdk.jmh.Main} exactly as typed ({@code -p task=arithmetic},
 * {@code -wi 1}, {@code -rf json}; {@code -h}, or {@code --help}, for JMH's help), except {@code --task-jar}, which
 * breakeven takes as {@code run} does. JMH matches the benchmark
 * name as a regular expression, so {@code BatchBenchmark} finds {@code dev.breakeven.bench.BatchBenchmark}.
 *
 * <p>{@link Main#main} hands the arguments over before picocli parses anything (picocli would take
 * {@code -p} for an unknown option, drop {@code --} and expand {@code @file}s); this class is what
 * {@code breakeven --help} and {@code breakeven help jmh} describe.
 */
@Command(name = JmhCommand.NAME, description = {"Runs JMH's own command line on the breakeven jar: every argument"
        + " after 'jmh' goes to JMH unchanged, e.g. 'breakeven jmh BatchBenchmark -p task=arithmetic -p workers=1,2"
        + " -rf json'. 'breakeven jmh -h' lists JMH's options. '--task-jar JAR' (repeatable) adds your own tasks,"
        + " e.g. '-p task=regrid'. No sweep, no resume: use 'run' for that."})
final class JmhCommand implements Callable<Integer> {

    static final String NAME = "jmh";

    @Parameters(arity = "0..*", paramLabel = "JMH_ARGS", description = "Arguments for JMH, as JMH takes them"
            + " (see 'breakeven jmh -h').")
    List<String> args = new ArrayList<>();

    /**
     * Runs JMH's command line with {@code args} as given (JMH itself exits non-zero on bad options), except
     * that {@code --help}, which JMH does not know, is taken for its {@code -h}, and {@code --task-jar JAR}
     * (repeatable, anywhere) loads plug-in tasks here and in JMH's forks, as {@code run} does.
     *
     * @throws TaskPlugins.TaskPluginException when a jar cannot be used: one line naming it and the fix
     */
    static void handOver(String[] args) throws Exception {
        List<String> jmhArgs = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals(TaskJars.OPTION) && i + 1 < args.length) {
                jars.add(Path.of(args[++i]));
            } else if (a.startsWith(TaskJars.OPTION + "=")) {
                jars.add(Path.of(a.substring(TaskJars.OPTION.length() + 1)));
            } else {
                jmhArgs.add(a.equals("--help") ? "-h" : a);
            }
        }
        if (!jars.isEmpty()) {
            TaskJars.install(jars);
            TaskPlugins.loaded();
            appendJvmArgs(jmhArgs, TaskPlugins.jvmArgs());
        }
        org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
    }

    /**
     * Adds {@code more} to the forks' JVM options: to the value of the user's own {@code -jvmArgsAppend}, if
     * any (JMH keeps only one), else as a new {@code -jvmArgsAppend}.
     */
    static void appendJvmArgs(List<String> jmhArgs, List<String> more) {
        String joined = String.join(" ", more);
        int at = jmhArgs.indexOf("-jvmArgsAppend");
        if (at >= 0 && at + 1 < jmhArgs.size()) {
            jmhArgs.set(at + 1, jmhArgs.get(at + 1) + " " + joined);
        } else {
            jmhArgs.add("-jvmArgsAppend");
            jmhArgs.add(joined);
        }
    }

    @Override
    public Integer call() throws Exception {
        handOver(args.toArray(String[]::new));
        return 0;
    }
}
