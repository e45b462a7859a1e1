package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.results.ForkRecord;
import dev.breakeven.results.MachineFile;
import dev.breakeven.results.PointRecord;
import dev.breakeven.results.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path root;

    private static final Point MEASURED = new Point("arithmetic", 10, "fixed-pool", 2, 8);
    private static final Point FAILED = new Point("arithmetic", 10, "fork-join", 2, 8);

    static MachineFile machine(List<PointRecord> points) {
        return new MachineFile("laptop", "host", "Linux", "cpu", 2, 2, 2, 1L << 30,
                new MachineFile.Jvm("v", "17", "java", "17"), "breakeven run", List.of(), "quick", 8,
                new MachineFile.Sampling(3, 8, 210, 0, 1, null, true), new MachineFile.Caps(0, 0, 0), 0, null,
                List.of(), Map.of(), List.of(), points);
    }

    private static PointRecord planned(Point p) {
        return PointRecord.planned(p.task(), p.weight(), p.strategy(), p.workers(), p.batch(), false);
    }

    private static ObjectNode result(Point p, double... iterations) {
        ObjectNode entry = ResultsJson.MAPPER.createObjectNode();
        p.params().forEach(entry.putObject("params")::put);
        entry.put("forks", 1);
        ObjectNode metric = entry.putObject("primaryMetric");
        var fork = metric.putArray("rawData").addArray();
        for (double v : iterations) {
            fork.add(v);
        }
        return entry;
    }

    @Test
    void forksAndStatusesSurviveReopeningAndLeaveNoTemporaryFiles() throws Exception {
        RunDirectory run = RunDirectory.create(root, "r", machine(List.of(planned(MEASURED), planned(FAILED))));
        ForkRecord fork = new ForkRecord("t", 1, 0.1, 1, 0, false, true, "logs/f.log");
        run.update(run.record(MEASURED).orElseThrow().withFork(fork), result(MEASURED, 5, 6));
        run.update(run.record(FAILED).orElseThrow().withStatus("failed", "boom"), null);

        RunDirectory reopened = RunDirectory.open(run.dir());
        assertThat(reopened.record(MEASURED).orElseThrow().keptForks()).isEqualTo(1);
        assertThat(reopened.record(FAILED).orElseThrow().missingResult()).isTrue();
        assertThat(reopened.result(MEASURED)).isPresent();
        assertThat(ResultsJson.MAPPER.readTree(run.dir().resolve(RunDirectory.RESULTS).toFile())).hasSize(1);
        try (var files = Files.list(run.dir())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "results.json", "machine.json", "logs");
        }
    }

    @Test
    void aFolderThatIsNotARunIsRefusedWithTheFix() throws Exception {
        assertThatThrownBy(() -> RunDirectory.open(root)).isInstanceOf(SweepInputException.class)
                .hasMessageContaining("is not a breakeven run").hasMessageContaining("results/");
        Files.writeString(root.resolve("machine.json"), "{\"label\": ");
        assertThatThrownBy(() -> RunDirectory.open(root)).hasMessageContaining("not a breakeven machine.json");
    }

    @Test
    void anExistingRunIsNeverOverwritten() throws Exception {
        RunDirectory.create(root, "r", machine(List.of(planned(MEASURED))));
        assertThatThrownBy(() -> RunDirectory.create(root, "r", machine(List.of(planned(MEASURED)))))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void aSecondForkJoinsTheFirstAsJmhWritesAMultiForkRun() {
        ObjectNode merged = ForkMerge.merge(result(MEASURED, 1, 2, 3), result(MEASURED, 5, 7));

        assertThat(merged.path("forks").asInt()).isEqualTo(2);
        assertThat(ForkMerge.forks(merged)).hasNumberOfRows(2);
        assertThat(merged.path("primaryMetric").path("score").asDouble()).isEqualTo(18.0 / 5);
        assertThat(merged.path("primaryMetric").path("scoreConfidence")).hasSize(2);
        assertThat(merged.path("primaryMetric").path("scorePercentiles").path("100.0").asDouble()).isEqualTo(7);
    }
}
