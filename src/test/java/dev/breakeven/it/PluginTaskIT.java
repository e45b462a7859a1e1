package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's path for a task of your own: build examples/my-task, list it, sweep it through
 * run-benchmarks.sh under a thread pool and a process pool, and get its summary with a break-even and its
 * charts, from a report that needs only the results (not the plug-in's jar).
 */
class PluginTaskIT {

    @TempDir
    Path dir;

    @Test
    void theExamplePluginIsListedMeasuredAndCharted() throws Exception {
        Path jar = ExampleTask.jar();
        Breakeven.Result tasks = Breakeven.run(dir, "tasks", "--task-jar", jar.toString());
        assertThat(tasks.exitCode()).as(tasks.err()).isZero();
        assertThat(tasks.out()).containsPattern("(?m)^  regrid +CPU +output cells +100 / 3,000 / 30,000 / 1,000,000"
                + " +bilinear regridding");

        // from about 1 µs per task (where no pool pays) to about 10 ms (where two workers nearly halve the time),
        // five forks a point so the crossing's interval is bounded even beside other work on two cores; quick's
        // warm-up, since smoke's none leaves the heavy weight's one operation to the interpreter and the JIT
        Path script = Path.of("run-benchmarks.sh").toAbsolutePath();
        Process p = new ProcessBuilder("bash", script.toString(), "--task-jar", jar.toString(), "--tasks", "regrid",
                "--profile", "quick", "--label", "plugin", "--results", dir.resolve("results").toString(),
                "--plot", dir.resolve("plot").toString(), "--strategies", "sequential,fixed-pool,process-pool",
                "--weights", "trivial,heavy", "--workers", "2", "--forks", "5", "--budget", "90s")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Checking each task once, sequentially, before the sweep: regrid ... all ran.")
                .contains("Charts: ").doesNotContain("FAILED");

        Path run = RunFiles.onlyRun(dir.resolve("results"));
        JsonNode machine = RunFiles.machine(run);
        assertThat(machine.path("tasks").path("regrid").path("unit").asText()).isEqualTo("output cells");
        assertThat(machine.path("arguments").toString()).contains(jar.toString());
        assertThat(RunFiles.measuredParams(run)).anySatisfy(point -> {
            assertThat(point.get("task")).isEqualTo("regrid");
            assertThat(point.get("strategy")).isEqualTo("process-pool");
        });

        Path plot = dir.resolve("plot").resolve(run.getFileName());
        for (String file : new String[] {"summary.md", "index.html", "overview.png", "speedup-regrid.png",
                "break-even-regrid.png"}) {
            assertThat(plot.resolve(file)).as(file).isNotEmptyFile();
        }
        String summary = Files.readString(plot.resolve("summary.md"), StandardCharsets.UTF_8);
        String section = summary.substring(summary.indexOf("## regrid"));
        // a break-even, not "not measurably faster" or "no crossing shown": two workers nearly halve 10 ms tasks
        assertThat(section).containsPattern("For regrid, parallel pays from ≈ [0-9.,]+ [nµm]?s \\(95 %: [^)]+\\) per task"
                + "|Even at the lightest weight measured \\([^)]+\\), \\S+ with 2 workers \\(batches of \\d+\\) is"
                + " measurably faster than the loop");
    }

    @Test
    void theExamplePluginRunsUnderJmhsOwnCommandLine() throws Exception {
        Path jar = ExampleTask.jar();
        Path json = dir.resolve("jmh.json");
        Breakeven.Result r = Breakeven.run(dir, "jmh", "BatchBenchmark", "--task-jar", jar.toString(),
                "-p", "task=regrid", "-p", "weight=3000", "-p", "strategy=fixed-pool", "-p", "workers=2",
                "-p", "batch=8", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-rf", "json", "-rff", json.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get(0);
        assertThat(result.path("params").path("task").asText()).isEqualTo("regrid");
        assertThat(result.path("primaryMetric").path("score").asDouble()).isPositive();

        Breakeven.Result missing = Breakeven.run(dir, "jmh", "BatchBenchmark", "--task-jar", "nowhere.jar");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").startsWith("breakeven: --task-jar ")
                .contains("nowhere.jar: no such file");
    }
}
