package dev.breakeven.cli;

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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: one-line errors for bad input (exit 2), stack traces only for bugs. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler(new OneLineErrors());
        cmd.setExecutionExceptionHandler(new OneLineErrors());
        return cmd;
    }
}
