package dev.breakeven.report;

import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.charts.ChartWriter;
import dev.breakeven.report.charts.NamedChart;
import dev.breakeven.report.charts.OverviewChart;
import dev.breakeven.report.charts.RulesOfThumbChart;
import dev.breakeven.report.charts.TaskCharts;
import dev.breakeven.report.compare.Comparison;
import dev.breakeven.report.compare.CompareWriter;
import dev.breakeven.report.io.AxisOverrides;
import dev.breakeven.report.io.OutputDirectory;
import dev.breakeven.report.io.Run;
import dev.breakeven.report.io.RunLoader;
import dev.breakeven.report.summary.IndexHtml;
import dev.breakeven.report.summary.JsonTree;
import dev.breakeven.report.summary.SummaryJson;
import dev.breakeven.report.summary.SummaryMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The report's plain Java entry points, for the main command line and for tests: read runs, analyse them,
 * and write {@code <outRoot>/<run-name>/} with charts (PNG + SVG), {@code summary.md}, {@code summary.json}
 * and {@code index.html}.
 *
 * <p>Every input is read and checked before anything is written, and each report directory is written into
 * a temporary directory and renamed into place at the end, so bad input or a failure half-way leaves no
 * half-written chart directory.
 */
public final class Reporter {

    /** Where reports go when no output folder is given: {@code plot/} under the current directory. */
    public static final Path DEFAULT_OUT = Path.of("plot");

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Reporter() {
    }

    /** Reports one run directory or JMH JSON file into {@code outRoot/<run-name>/}; returns that directory. */
    public static Path report(Path input, Path outRoot) throws ReportInputException, IOException {
        return report(List.of(input), outRoot).get(0);
    }

    /**
     * Reports each input (run directory or JMH JSON file) into its own {@code outRoot/<run-name>/}. All inputs
     * are checked first; if any is bad nothing is written.
     *
     * @return the report directories, one per input, in input order
     * @throws ReportInputException for unusable input; its message is the one-line error for the user
     */
    public static List<Path> report(List<Path> inputs, Path outRoot) throws ReportInputException, IOException {
        return report(inputs, outRoot, AxisOverrides.NONE);
    }

    /** {@link #report(List, Path)} with the axes the user named ({@code --workers-param} and the like). */
    public static List<Path> report(List<Path> inputs, Path outRoot, AxisOverrides axes)
            throws ReportInputException, IOException {
        if (inputs.isEmpty()) {
            throw new ReportInputException("no input given — give a run directory (holding results.json) or a JMH JSON file");
        }
        List<Run> runs = new ArrayList<>();
        for (Path input : inputs) {
            runs.add(RunLoader.load(input, axes));
        }
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Run run : runs) {
            String name = unique(Format.slugKeepCase(run.name()), used);
            written.add(write(Analyzer.analyze(run), outRoot.resolve(name)));
        }
        return written;
    }

    /**
     * Compares two runs (typically two machines) into {@code outRoot/<a>-vs-<b>/}; returns that directory.
     */
    public static Path compare(Path runA, Path runB, Path outRoot) throws ReportInputException, IOException {
        return compare(runA, runB, outRoot, AxisOverrides.NONE);
    }

    /** {@link #compare(Path, Path, Path)} with the axes the user named, the same for both runs. */
    public static Path compare(Path runA, Path runB, Path outRoot, AxisOverrides axes)
            throws ReportInputException, IOException {
        Run a = RunLoader.load(runA, axes);
        Run b = RunLoader.load(runB, axes);
        Comparison comparison = Comparison.of(Analyzer.analyze(a), Analyzer.analyze(b));
        String name = Format.slugKeepCase(a.name()) + "-vs-" + Format.slugKeepCase(b.name());
        try (OutputDirectory out = OutputDirectory.create(outRoot.resolve(name))) {
            CompareWriter.write(comparison, out.dir());
            return out.commit();
        }
    }

    /** The charts of a run, built but not written: a pure function of the analysis. */
    public static List<NamedChart> charts(RunAnalysis analysis) {
        List<NamedChart> charts = new ArrayList<>();
        if (!analysis.tasks().isEmpty()) {
            charts.add(OverviewChart.of(analysis));
            RulesOfThumbChart.of(analysis).ifPresent(charts::add);
        }
        for (TaskAnalysis t : analysis.tasks()) {
            charts.addAll(TaskCharts.all(t, analysis.machine()));
        }
        return charts;
    }

    static Path write(RunAnalysis analysis, Path target) throws IOException {
        List<NamedChart> charts = charts(analysis);
        try (OutputDirectory out = OutputDirectory.create(target)) {
            Path dir = out.dir();
            ChartWriter.writeAll(charts, dir);
            List<String> files = new ArrayList<>();
            for (NamedChart c : charts) {
                files.add(c.fileStem() + ".png");
                files.add(c.fileStem() + ".svg");
            }
            writeString(dir.resolve("summary.json"), JsonTree.write(SummaryJson.of(analysis, files)));
            writeString(dir.resolve("summary.md"), SummaryMarkdown.of(analysis, charts));
            writeString(dir.resolve("index.html"), IndexHtml.report(analysis, charts));
            return out.commit();
        }
    }

    static void writeString(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n); i++) {
            n = name + "-" + i;
        }
        return n;
    }
}
