package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --workers-param}, {@code --weight-param}, {@code --strategy-param} and {@code --baseline} on the command line. */
class AxisOptionsTest {

    @TempDir
    Path dir;

    /** A benchmark none of whose names breakeven knows: nThreads, rows, how = plain | forked. */
    private Path unfamiliar(String name) throws IOException {
        SyntheticJmh j = new SyntheticJmh();
        for (int rows : new int[] {10, 1000, 100000}) {
            j.add("x.Grid.fill", "avgt", 1, Map.of("rows", "" + rows, "nThreads", "1", "how", "plain"), rows * 1.0,
                    rows * 0.01, "us/op", rows);
            for (int n : new int[] {1, 2, 4}) {
                double t = 20 + rows * 1.0 / n;
                j.add("x.Grid.fill", "avgt", 1, Map.of("rows", "" + rows, "nThreads", "" + n, "how", "forked"), t,
                        t * 0.01, "us/op", t);
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, j.json());
        return file;
    }

    @Test
    void reportTakesEachAxisFromTheParamTheUserNamed() throws IOException {
        Path out = dir.resolve("plot");

        Cli cli = Cli.run(new ReportCommand(), unfamiliar("grid.json").toString(), "-o", out.toString(),
                "--workers-param", "nThreads", "--weight-param", "rows", "--strategy-param", "how", "--baseline", "plain");

        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("grid/summary.md"))).contains("Axes: workers = param \"nThreads\" from"
                + " --workers-param; weight = param \"rows\" from --weight-param; strategy = param \"how\" from"
                + " --strategy-param (plain, forked); baseline = \"plain\" from --baseline.");
        JsonNode root = new ObjectMapper().readTree(out.resolve("grid/summary.json").toFile());
        assertThat(root.at("/axes/workers/param").asText()).isEqualTo("nThreads");
        assertThat(root.at("/axes/workers/overridden").asBoolean()).isTrue();
        assertThat(root.at("/axes/baseline").asText()).isEqualTo("plain");
        assertThat(root.at("/tasks/0/task").asText()).isEqualTo("Grid.fill");
        assertThat(root.at("/tasks/0/baseline").asText()).isEqualTo("sequential");
        assertThat(root.at("/tasks/0/strategies").toString()).isEqualTo("[\"forked\"]");
    }

    @Test
    void compareTakesTheSameOptionsForBothRuns() throws IOException {
        Path out = dir.resolve("plot");

        Cli cli = Cli.run(new CompareCommand(), unfamiliar("a.json").toString(), unfamiliar("b.json").toString(),
                "-o", out.toString(), "--workers-param", "nThreads", "--strategy-param", "how", "--baseline", "plain");

        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        assertThat(out.resolve("a-vs-b/index.html")).exists();
    }

    @Test
    void aNameThatIsNoParamIsOneLineListingTheParamsAndNothingIsWritten() throws IOException {
        Path input = unfamiliar("grid.json");
        Path out = dir.resolve("plot");

        for (String[] option : new String[][] {{"--workers-param", "threads"}, {"--weight-param", "size"},
                {"--strategy-param", "impl"}}) {
            Cli cli = Cli.run(new ReportCommand(), input.toString(), "-o", out.toString(), option[0], option[1]);

            assertThat(cli.exitCode()).as(option[0]).isEqualTo(2);
            assertThat(cli.err().strip()).doesNotContain("\n").isEqualTo("breakeven report: " + input + ": has no param \""
                    + option[1] + "\" (" + option[0] + ") — name one of its params: how, nThreads, rows");
        }
        Cli cli = Cli.run(new CompareCommand(), input.toString(), input.toString(), "-o", out.toString(),
                "--workers-param", "nThreads", "--strategy-param", "how", "--baseline", "loop");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().strip()).doesNotContain("\n")
                .endsWith("has no strategy or method \"loop\" (--baseline) — name one of its strategies: plain, forked");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("grid.json");
        }
    }
}
