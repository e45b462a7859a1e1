package dev.breakeven.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code breakeven report}: charts and a summary for one or more runs. Registered as a subcommand by the
 * main command line; runnable on its own through {@link #main}.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        headerHeading = "",
        header = "Chart a run: will running it in parallel make it faster, and with how many workers?",
        description = {
            "",
            "Reads a run directory (results.json from JMH's -rf json, plus an optional machine.json) or any JMH "
                    + "JSON file whose benchmarks scale over a worker-count @Param or JMH's thread count, and writes "
                    + "to OUT/<run-name>/:",
            "  overview           each task's best speedup and break-even (title slide)",
            "  speedup-<task>     speedup vs workers per weight; ideal, cores, USL fit",
            "  break-even-<task>  speedup vs task weight: where parallel starts to pay",
            "  heatmap-<task>     speedup over weight × workers",
            "  strategies-<task>  strategies side by side at one weight",
            "  efficiency-<task>  efficiency S/p vs workers",
            "  chunk-size-<task>  time vs chunk size (chunked tasks only)",
            "  summary.md         the findings in sentences, failed and busy points",
            "  summary.json       every computed figure, for other tools",
            "  index.html         all charts with captions",
            "Charts are PNG (1600×900 pixels at 150 DPI, for slides) and SVG.",
            "",
            "The run name is the run directory's name, or the JSON file's base name. The directory is written "
                    + "completely or not at all; an older report of the same run is replaced.",
            "",
            "Which param is which axis (workers, weight, strategy, baseline) is recognised by name and said on the "
                    + "first line of summary.md; the options below override it.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:reports written",
            "1:reports could not be written (disk, permissions)",
            "2:bad input (missing, empty, truncated or corrupt file, no worker dimension, one worker count, mixed units)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  breakeven report results/2024-05-02-laptop",
            "      writes plot/2024-05-02-laptop/",
            "  breakeven report results/laptop results/server -o slides/",
            "      one report per run, in slides/laptop/ and slides/server/",
            "  breakeven report my-jmh-output.json",
            "      any JMH JSON scaling over -p workers=... or -t 1,2,4,...; methods pool and",
            "      sequential of one class are one task, sequential its baseline",
            "  breakeven report bench.json --workers-param nThreads --baseline plain",
            "      names the axes breakeven does not recognise (the first line of summary.md",
            "      says what it took for which)",
            "",
            "To put two machines side by side: breakeven compare RUN_A RUN_B"
        })
public final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR_OR_JMH_JSON",
            description = "Run directories (holding results.json and optionally machine.json) or JMH JSON files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "plot",
            description = "Folder the report directories go in, one per run (default: ${DEFAULT-VALUE}, relative to the current directory).")
    Path output;

    @Mixin
    AxisOptions axes;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ReportErrors.exitCode("report", output, out, err, () -> {
            long start = System.nanoTime();
            List<Path> dirs = Reporter.report(inputs, output, axes.overrides());
            for (Path d : dirs) {
                out.println("wrote " + d + "/index.html");
            }
            out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        });
    }

    /** Runs the command on its own: {@code java -cp breakeven.jar dev.breakeven.report.ReportCommand RUN}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ReportCommand()).execute(args));
    }
}
