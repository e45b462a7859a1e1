package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path root;

    private static ObjectNode machineWithPlan() {
        ObjectNode machine = Json.MAPPER.createObjectNode();
        machine.putArray("plan");
        return machine;
    }

    private static ObjectNode record(Point p, String status) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        p.params().forEach(r::put);
        return r.put("status", status);
    }

    @Test
    void finishedPointsSurviveReopeningAndLeaveNoTemporaryFiles() throws Exception {
        RunDirectory run = RunDirectory.create(root, "r", machineWithPlan());
        Point measured = new Point("arithmetic", 10, "fixed-pool", 2, 8);
        Point failed = new Point("arithmetic", 10, "fork-join", 2, 8);
        ArrayNode jmh = Json.MAPPER.createArrayNode();
        ObjectNode entry = jmh.addObject();
        measured.params().forEach(entry.putObject("params")::put);
        run.record(record(measured, "done"), jmh);
        run.record(record(failed, "failed"), Json.MAPPER.createArrayNode());

        RunDirectory reopened = RunDirectory.open(run.dir());
        assertThat(reopened.finished()).containsExactlyInAnyOrder(measured, failed);
        assertThat(Json.MAPPER.readTree(run.dir().resolve(RunDirectory.RESULTS).toFile())).hasSize(1);
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
        assertThatThrownBy(() -> RunDirectory.open(root)).hasMessageContaining("not valid JSON");
    }

    @Test
    void anExistingRunIsNeverOverwritten() throws Exception {
        RunDirectory.create(root, "r", machineWithPlan());
        assertThatThrownBy(() -> RunDirectory.create(root, "r", machineWithPlan()))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
}
