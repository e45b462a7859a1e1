package dev.breakeven.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code breakeven compare}: two runs (usually two machines) side by side. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Put two runs side by side: which machine scales better, and is the difference real?",
        description = {
            "",
            "Reads two run directories or JMH JSON files (the same inputs as 'report') and writes to "
                    + "OUT/<run-a>-vs-<run-b>/:",
            "  compare-speedup-<task>  both machines' speedup curves (solid: A, dashed: B)",
            "  compare-time-<task>     both machines' time per task",
            "  compare.md, .json       per task and machine: best speedup, best workers,",
            "                          break-even weight, and whether differences are",
            "                          significant (Mann–Whitney U on JMH's raw iterations)",
            "  index.html              the findings and the charts",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:comparison written",
            "1:comparison could not be written (disk, permissions)",
            "2:bad input (see 'breakeven report --help')"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  breakeven compare results/laptop results/server",
            "      writes plot/laptop-vs-server/",
            "  breakeven compare laptop.json server.json -o slides/",
            "",
            "Charts use the same colours per weight as each machine's own report."
        })
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The first run directory or JMH JSON file (solid lines).")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The second run directory or JMH JSON file (dashed lines).")
    Path runB;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "plot",
            description = "Folder the comparison directory goes in (default: ${DEFAULT-VALUE}, relative to the current directory).")
    Path output;

    @Mixin
    AxisOptions axes;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ReportErrors.exitCode("compare", output, out, err, () -> {
            Path dir = Reporter.compare(runA, runB, output, axes.overrides());
            out.println("wrote " + dir + "/index.html");
        });
    }

    /** Runs the command on its own: {@code java -cp breakeven.jar dev.breakeven.report.CompareCommand A B}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new CompareCommand()).execute(args));
    }
}
