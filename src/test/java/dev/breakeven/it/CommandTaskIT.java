package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --command}: a user's own script, one process per task, measured and charted like any task. */
class CommandTaskIT {

    /**
     * The summary's sentences that give a break-even (Findings.breakEvenSentence): where parallel starts to pay, or
     * that it pays below the lightest weight; "not measurably faster" and "no break-even is shown" do not.
     */
    private static final String BREAK_EVEN = "(?s).*(parallel pays from ≈ [0-9.,]+ [nµm]?s \\(95 %: [^)]+\\) per task"
            + "|is measurably faster than the loop: the break-even lies below the measured range).*";

    @TempDir
    Path dir;

    private record Script(int exitCode, String out) {
    }

    /** run-benchmarks.sh from the project's folder, as the README shows it, into this test's folder. */
    private Script runBenchmarks(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "run-benchmarks.sh", "--profile", "smoke",
                "--results", dir.resolve("results").toString(), "--plot", dir.resolve("plot").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Script(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    /** Checks the run's output, summary, charts and worker logs; returns the summary. */
    private String summaryAndCharts(Script r) throws Exception {
        assertThat(r.exitCode()).as(r.out()).isZero();
        // a command of a few ms may end before its memory can be read: the check says which
        assertThat(r.out()).contains("Starting one process costs").contains("peak memory of one command")
                .contains("Charts: ");
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        Path plot = dir.resolve("plot").resolve(run.getFileName());
        String summary = Files.readString(plot.resolve("summary.md"));
        assertThat(summary).contains("## command").contains("your command `")
                .contains("the dispatch overhead every task pays");
        for (String file : new String[] {"overview.png", "speedup-command.png"}) {
            assertThat(plot.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(run.resolve("logs")).isDirectory();
        try (var files = Files.walk(run.resolve("logs"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("command-worker-")))
                    .as("per-worker output of the command").isNotEmpty();
        }
        return summary;
    }

    /**
     * A shell command's lightest weight is mostly process start, which two workers also split: on this 2-core VM
     * its speedup there was measurably above 1 in quiet runs and indistinguishable from 1 in one CI run (crossing
     * near 4.8 ms, interval open below). Both are right answers; what must hold is that the sweep measured a real
     * gain (the best speedup's 95 % lower bound above 1) and says where the speedup crosses 1.
     */
    @Test
    void aShellScriptGetsASummaryWithItsCrossingAndCharts() throws Exception {
        Script r = runBenchmarks("--command", "sh examples/command/work.sh {index} {weight}", "--weights", "1,30,300",
                "--strategies", "sequential,fixed-pool", "--workers", "1,2", "--forks", "5", "--budget", "60s");
        String summary = summaryAndCharts(r);
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        Matcher best = Pattern.compile("runs at best [0-9.]+× \\(95 %: ([0-9.]+)–[0-9.]+×\\) faster than a loop")
                .matcher(summary);
        assertThat(best.find()).as(summary).isTrue();
        assertThat(Double.parseDouble(best.group(1))).as("lower bound of the best speedup").isGreaterThan(1);
        if (!summary.matches(BREAK_EVEN)) {
            assertThat(summary).containsPattern("no break-even is shown: the speedup of fixed-pool with 2 workers"
                    + " \\(batches of \\d+\\) crosses 1 near [0-9.]+ [µm]?s per task");
        }
        assertThat(dir.resolve("plot").resolve(run.getFileName()).resolve("break-even-command.png")).isNotEmptyFile();
    }

    /**
     * Python's start is most of each task here, and two workers split it; in quiet runs that measured a break-even,
     * but in one CI run (2026-11-27, on a host whose two vCPUs ran floating-point code 1.45× apart) the best
     * speedup read 1.1× (0.83–1.4×), not measurably faster, with a crossing near 340 ms and no bounded interval.
     * What must hold is that the Python command ran, was measured and got a verdict with its interval.
     */
    @Test
    void aPythonScriptToo() throws Exception {
        assumeThat(onPath("python3")).as("python3 is installed").isTrue();
        Script r = runBenchmarks("--command", "python3 examples/command/regrid.py --member {index} --size {weight}",
                "--weights", "1,100", "--strategies", "sequential,fixed-pool", "--workers", "2", "--forks", "5",
                "--budget", "60s");
        String summary = summaryAndCharts(r);
        assertThat(summary).containsPattern("(runs at best|\\(best) [0-9.]+× \\(95 %: [0-9.]+–[0-9.]+×\\)");
        if (!summary.matches(BREAK_EVEN)) {
            assertThat(summary).containsPattern("no break-even is shown: the speedup of fixed-pool with 2 workers"
                    + " \\(batches of \\d+\\) crosses 1 near [0-9.]+ [µm]?s per task|Up to the heaviest weight measured"
                    + " \\([^)]+\\), no parallel strategy is measurably faster than a loop for command");
        }
        // Python's start alone takes tens of ms: long enough to read its peak memory
        assertThat(r.out()).containsPattern("measured peak memory of one command: [0-9.]+ MiB");
    }

    /**
     * The command fails at the heaviest weight as soon as it runs beside another (worker 1): the one-argument
     * check and the planning run it alone, so the failure comes mid-sweep, after the lighter weight's points.
     */
    @Test
    void aCommandFailingAtItsHeaviestWeightEndsInOneLineAndKeepsWhatWasMeasured() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                "--command", "test {weight} -lt 300 || test {worker} -eq 0 || { echo \"member {index}: scratch file"
                        + " taken\" >&2; exit 3; }", "--weights", "1,300", "--strategies", "sequential,fixed-pool",
                "--workers", "2");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").matches("breakeven: command failed at index (\\d+) \\(exit 3\\):"
                + " test 300 -lt 300 \\|\\| test 1 -eq 0 \\|\\| \\{ echo \"member \\1: scratch file taken\" >&2; exit 3; \\};"
                + " stderr: member \\1: scratch file taken \\(1 point failed, at weight 300; the 3 other points are kept in .*");
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        JsonNode points = RunFiles.machine(run).path("points");
        assertThat(points.findParents("task")).hasSize(4).allSatisfy(p -> assertThat(p.path("status").asText())
                .isEqualTo(p.path("weight").asLong() == 300 && p.path("workers").asInt() == 2 ? "failed" : "done"));
        assertThat(RunFiles.measuredParams(run)).hasSize(3);
    }

    @Test
    void badInputIsOneLineBeforeAnythingIsMeasured() throws Exception {
        String[][] cases = {
            {"--command", "sh work.sh {member}", "--weights", "1,2"},
            {"--command", "sh work.sh {index}"},
            {"--command", "sh work.sh {index}", "--weights", "light,heavy"},
            {"--command", "sh work.sh {index}", "--weights", "1,2", "--tasks", "arithmetic"},
            {"--task-memory", "2g", "--tasks", "arithmetic"},
            {"--command", "exit 4", "--weights", "1,2"},
        };
        String[] expected = {"unknown placeholder {member}", "--command needs --weights", "--command needs --weights",
            "cannot go with --command", "give it only with --command", "check failed: task command"};
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("run", "--profile", "smoke", "--results", "results"));
            args.addAll(List.of(cases[i]));
            Breakeven.Result r = Breakeven.run(dir, args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", cases[i])).doesNotContain("\n").startsWith("breakeven: ")
                    .contains(expected[i]);
        }
        assertThat(dir.resolve("results")).doesNotExist();
    }

    private static boolean onPath(String program) throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    }
}
