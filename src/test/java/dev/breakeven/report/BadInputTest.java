package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input error: exit code 2, one line on stderr naming the file, the problem and the fix, and nothing written. */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badInputs() {
        String valid = new SyntheticJmh()
                .batch("arithmetic", 400, "sequential", 1, 48, 50, 1)
                .batch("arithmetic", 400, "fixed-pool", 1, 48, 60, 1)
                .batch("arithmetic", 400, "fixed-pool", 2, 48, 40, 1).json();
        String noWorkers = new SyntheticJmh()
                .add("x.Y.z", "avgt", 1, Map.of("size", "1"), 10.0, 1.0, "us/op", 10)
                .add("x.Y.z", "avgt", 1, Map.of("size", "2"), 20.0, 1.0, "us/op", 20).json();
        String oneCount = new SyntheticJmh()
                .batch("arithmetic", 400, "fixed-pool", 4, 48, 60, 1)
                .batch("arithmetic", 12000, "fixed-pool", 4, 48, 600, 1).json();
        String mixedUnits = new SyntheticJmh()
                .add("x.Y.z", "avgt", 1, Map.of("workers", "1"), 10.0, 1.0, "us/op", 10)
                .add("x.Y.z", "avgt", 1, Map.of("workers", "2"), 0.006, 0.001, "ms/op", 0.006).json();
        return Stream.of(
                Arguments.of("missing path", null, "no such file or directory"),
                Arguments.of("empty file", "", "is empty"),
                Arguments.of("blank file", "  \n ", "is empty"),
                Arguments.of("truncated JSON", valid.substring(0, valid.length() / 2), "is truncated"),
                Arguments.of("corrupt JSON", "[{\"benchmark\": x!}]", "is not valid JSON"),
                Arguments.of("not JMH JSON", "{\"hello\": 1}", "not a JMH result file"),
                Arguments.of("empty array", "[]", "no benchmark results"),
                Arguments.of("result without metric", "[{\"benchmark\":\"a.b\"}]", "not JMH's JSON format"),
                Arguments.of("no worker dimension", noWorkers, "no worker dimension"),
                Arguments.of("a single worker count", oneCount, "single worker count (4)"),
                Arguments.of("mixed units", mixedUnits, "mixes units"),
                Arguments.of("non-time unit", valid.replace("us/op", "B/op"), "neither a time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportExitsWithTwoAndOneLineAndWritesNothing(String name, String content, String problem) throws IOException {
        Path input = dir.resolve("results.json");
        if (content != null) {
            Files.writeString(input, content);
        }
        Path out = dir.resolve("plot");

        Cli cli = Cli.run(new ReportCommand(), input.toString(), "-o", out.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .startsWith("breakeven report: ").contains(input.toString()).contains(problem).contains(" — ");
        assertThat(cli.out()).isEmpty();
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(f -> f.equals("results.json"));
        }
    }

    @Test
    void oneBadInputAmongGoodOnesWritesNoReportAtAll() throws IOException {
        Path good = dir.resolve("good.json");
        Files.writeString(good, new SyntheticJmh()
                .batch("arithmetic", 400, "fixed-pool", 1, 48, 60, 1)
                .batch("arithmetic", 400, "fixed-pool", 2, 48, 40, 1).json());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "");
        Path out = dir.resolve("plot");

        Cli cli = Cli.run(new ReportCommand(), good.toString(), bad.toString(), "-o", out.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("bad.json").contains("is empty");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDirectoryWithoutResultsIsAnInputError() {
        Cli cli = Cli.run(new ReportCommand(), dir.toString(), "-o", dir.resolve("plot").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("without results.json");
    }

    @Test
    void compareReportsBadInputTheSameWay() throws IOException {
        Path empty = dir.resolve("b.json");
        Files.writeString(empty, "");

        Cli cli = Cli.run(new CompareCommand(), dir.resolve("missing").toString(), empty.toString(), "-o",
                dir.resolve("plot").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("breakeven compare: ").contains("missing").contains("no such file");
        assertThat(dir.resolve("plot")).doesNotExist();
    }

    @Test
    void theStaticApiThrowsTheSameOneLineMessage() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> Reporter.report(List.of(missing), dir.resolve("plot")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("nope: no such file or directory — give a run directory");
    }
}
