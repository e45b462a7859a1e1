package dev.breakeven.report.charts;

import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Analysed runs for chart tests: the committed laptop run, and synthetic runs with a known answer. */
final class Runs {

    private Runs() {
    }

    static RunAnalysis laptop() throws Exception {
        return Analyzer.analyze(RunLoader.load(ReportEndToEndTestSupport.resource("runs/laptop")));
    }

    /** {@link SyntheticJmh#chunked} as task {@code chunked-field}, declared chunked in machine.json. */
    static RunAnalysis chunked(Path dir) throws Exception {
        return write(dir.resolve("chunked"), SyntheticJmh.chunked("chunked-field"),
                "{\"label\":\"laptop\",\"logicalCores\":2,\"tasks\":{\"chunked-field\":{\"unit\":\"cells per chunk\","
                        + "\"batchIsChunkCount\":true}}}");
    }

    /** A speedup where a speedup chart draws it: log2 of it when its y axis says "log scale", else itself. */
    static double speedupOnAxis(org.knowm.xchart.XYChart c, double speedup) {
        return c.getYAxisTitle().contains("log scale") ? Math.log(speedup) / Math.log(2) : speedup;
    }

    static RunAnalysis write(Path run, SyntheticJmh jmh, String machineJson) throws Exception {
        Files.createDirectories(run);
        Files.writeString(run.resolve("results.json"), jmh.json());
        if (machineJson != null) {
            Files.writeString(run.resolve("machine.json"), machineJson);
        }
        return Analyzer.analyze(RunLoader.load(run));
    }
}
