package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one line on stderr naming the input and the fix, exit code 2, nothing written. */
class BadInputIT {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--tasks nope                          | unknown task 'nope' in --tasks; valid tasks: arithmetic",
            "--strategies threads                  | valid strategies: sequential, fixed-pool",
            "--profile fast                        | unknown profile 'fast'; valid profiles: quick, standard, full",
            "--workers 0                           | --workers 0 is not a worker count",
            "--workers two                         | 'two'",
            "--weights huge                        | --weights huge is neither a named weight",
            "--fork-heap lots                      | --fork-heap lots is not a memory size",
            "--jvm /no/such/java                   | --jvm /no/such/java is not an executable file",
            "--results results/file.txt            | cannot write results under",
            "--resume results                      | is not a breakeven run",
            "-- -prof nosuchprofiler               | JMH profiler after -- cannot run here",
            "-- -foo                               | JMH options after -- are not valid",
            "--spark-master http://host:8080       | is not a Spark standalone master URL; give spark://HOST:PORT",
            "--strategies spark --spark-master spark://127.0.0.1:1 | needs the spark strategies, which are not built",
    })
    void badInputEndsInOneLineAndExitCodeTwoWithNothingWritten(String args, String expected) throws Exception {
        Files.createDirectories(dir.resolve("results"));
        Files.writeString(dir.resolve("results/file.txt"), "not a folder");
        String base = args.contains("--profile") ? "run --tasks arithmetic " : "run --profile smoke --tasks arithmetic ";
        String[] argv = (base + args.trim()).split("\\s+");
        Breakeven.Result r = Breakeven.run(dir, argv);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip()).as("one line").doesNotContain("\n").contains(expected).startsWith("breakeven: ");
        assertThat(r.err()).doesNotContain("\tat ");
        try (var files = Files.list(dir.resolve("results"))) {
            assertThat(files).as("nothing written").containsExactly(dir.resolve("results/file.txt"));
        }
    }

    /** What a project script printed (stdout and stderr) and its exit status. */
    private record ScriptRun(int exitCode, String out) {
    }

    /** Runs {@code script} (relative to the project) with bash and waits for it, at most {@code minutes}. */
    private static ScriptRun script(String script, long minutes, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of(script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(minutes, TimeUnit.MINUTES)).as(script + " ended").isTrue();
        return new ScriptRun(p.exitValue(), out);
    }

    @Test
    void scriptHelpAndBadInput() throws Exception {
        ScriptRun help = script("run-benchmarks.sh", 1, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: ./run-benchmarks.sh").contains("--profile").contains("--resume");

        ScriptRun bad = script("run-benchmarks.sh", 5, "--profile", "fast", "--results", dir.resolve("r").toString());
        assertThat(bad.exitCode()).as(bad.out()).isEqualTo(2);
        assertThat(bad.out()).contains("unknown profile 'fast'");
    }

    /** bench/reference.sh stops before it builds or measures: its usage for too few arguments, one line for a bad range. */
    @Test
    void referenceScriptUsageAndBadRange() throws Exception {
        ScriptRun usage = script("bench/reference.sh", 1, "arithmetic");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.out()).contains("Usage: bench/reference.sh TASK FROM TO [BATCH] [BUDGET]")
                .doesNotContain("set -euo");

        ScriptRun bad = script("bench/reference.sh", 1, "arithmetic", "6400", "100", "240");
        assertThat(bad.exitCode()).as(bad.out()).isEqualTo(2);
        assertThat(bad.out().strip())
                .isEqualTo("reference.sh: FROM and TO must be whole numbers with FROM < TO (got 6400, 100)");
    }

    @Test
    void reportAndRecommendNameAMissingRunInOneLine() throws Exception {
        for (String[] argv : new String[][] {{"report", "no-such-run"}, {"compare", "no-such-run", "other"},
                {"recommend", "--task-memory", "1g", "no-such-run"}}) {
            Breakeven.Result r = Breakeven.run(dir, argv);
            assertThat(r.exitCode()).as(String.join(" ", argv)).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains("no-such-run: no such file or directory");
        }
        assertThat(dir.resolve("plot")).doesNotExist();
    }
}
