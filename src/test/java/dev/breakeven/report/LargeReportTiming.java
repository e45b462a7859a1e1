package dev.breakeven.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times a report of a standard-size run (9 tasks × 10 weights × 7 strategies × 7 worker counts + the loop:
 * 4,500 points, more than a standard ~1,000-point run). Not a unit test (it takes seconds): run with
 * {@code java -cp target/breakeven.jar:target/test-classes dev.breakeven.report.LargeReportTiming [tasks] [dir]}.
 */
public final class LargeReportTiming {

    private LargeReportTiming() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("breakeven-timing");
        Path run = dir.resolve("synthetic-large");
        Files.createDirectories(run);
        SyntheticJmh sweep = SyntheticJmh.largeSweep(tasks, 42);
        Files.writeString(run.resolve("results.json"), sweep.json());
        long start = System.nanoTime();
        Path out = Reporter.report(run, dir.resolve("plot"));
        double seconds = (System.nanoTime() - start) / 1e9;
        long files;
        try (var s = Files.list(out)) {
            files = s.count();
        }
        System.out.printf("%d points, %d files in %s: %.1f s%n", sweep.size(), files, out, seconds);
    }
}
