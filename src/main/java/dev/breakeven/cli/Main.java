package dev.breakeven.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code breakeven} command: measure ({@code run}), list ({@code tasks}), chart ({@code report}). */
@Command(name = "breakeven", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measures whether running work in parallel makes it faster on this machine, and with"
                + " how many workers: JMH benchmarks of a fixed task catalogue under several parallel"
                + " strategies at worker counts 1..N, and the charts that show where parallel overhead"
                + " stops paying."},
        subcommands = {RunCommand.class, TasksCommand.class, dev.breakeven.report.ReportCommand.class,
                dev.breakeven.report.CompareCommand.class, RecommendCommand.class, JmhCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Typical use:",
                "  breakeven run --profile quick --label laptop",
                "  breakeven report results/laptop-myhost-20261125-101500",
                "  breakeven compare results/laptop-* results/server-*"})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(JmhCommand.NAME)) { // JMH's own options, untouched by picocli
            try {
                JmhCommand.handOver(Arrays.copyOfRange(args, 1, args.length));
            } catch (dev.breakeven.tasks.TaskPlugins.TaskPluginException e) {
                System.err.println("breakeven: " + e.getMessage());
                System.exit(2);
            }
            System.exit(0);
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: one-line errors for bad input (exit 2), stack traces only for bugs. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler(new OneLineErrors());
        cmd.setExecutionExceptionHandler(new OneLineErrors());
        cmd.getSubcommands().get(JmhCommand.NAME).setUnmatchedOptionsArePositionalParams(true); // -p, -wi: JMH's
        return cmd;
    }
}
