package dev.breakeven.cli;

import dev.breakeven.sweep.MachineFacts;
import dev.breakeven.sweep.Sizes;
import dev.breakeven.sweep.SweepInputException;
import dev.breakeven.report.ReportInputException;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.RunLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The guide's memory caution as a number: how many workers of a given memory footprint fit on this machine
 * while leaving colleagues their share, next to what the cores allow.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"How many workers fit on this machine: the largest worker count whose memory fits while"
                + " leaving a share of memory to others, next to the core count."},
        footer = {"", "Example: 16 workers x 2 GB on a 16 GB server cannot run; ask first:",
                "  breakeven recommend --task-memory 2g",
                "  breakeven recommend --task-memory 2g results/server-myhost-20261125-101500"})
final class RecommendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--task-memory", required = true, paramLabel = "SIZE",
            description = "Memory one worker holds while it works, e.g. 2g or 512m.")
    String taskMemory;

    @Option(names = "--leave-free", paramLabel = "PERCENT", defaultValue = "20",
            description = "Share of the machine's memory to leave to others (default: ${DEFAULT-VALUE}%%).")
    double leaveFree;

    @Option(names = "--leave-cores", paramLabel = "N", defaultValue = "0",
            description = "Logical cores to leave to others (default: ${DEFAULT-VALUE}).")
    int leaveCores;

    @Parameters(arity = "0..1", paramLabel = "RUN_DIR",
            description = "A measured run (results/<run>): also show each task's best worker count for speed.")
    Path run;

    @Override
    public Integer call() throws SweepInputException, ReportInputException {
        long perWorker = Sizes.parse("--task-memory", taskMemory);
        if (leaveFree < 0 || leaveFree >= 100) {
            throw new SweepInputException("--leave-free " + leaveFree + " must be a percentage from 0 to 99");
        }
        MachineFacts facts = new MachineFacts();
        if (leaveCores < 0 || leaveCores >= facts.logicalCores()) {
            throw new SweepInputException("--leave-cores " + leaveCores + " must be between 0 and "
                    + (facts.logicalCores() - 1));
        }
        MemoryAdvice advice = MemoryAdvice.of(facts.totalMemory(), facts.availableMemory(), leaveFree / 100,
                perWorker, facts.logicalCores() - leaveCores);
        RunAnalysis analysis = run == null ? null : Analyzer.analyze(RunLoader.load(run));
        PrintWriter out = spec.commandLine().getOut();
        advice.describe().forEach(out::println);
        if (analysis != null) {
            out.println("Measured in " + run + " (best worker count for speed, capped by what fits in memory):");
            for (TaskAnalysis task : analysis.tasks()) {
                task.bestCurve().ifPresent(curve -> out.printf("  %-14s fastest with %d worker(s) (%.1fx, %s at"
                                + " weight %s) -> use %d%n", task.task(), curve.best().workers(),
                        curve.best().speedup().value(), curve.strategy(), task.shortWeightLabel(curve.weight()),
                        Math.min(curve.best().workers(), advice.fit())));
            }
        }
        return 0;
    }
}
