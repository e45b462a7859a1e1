package dev.breakeven.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.report.io.MachineJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sweep writes machine.json, the report reads it: one schema, every field surviving the round trip. */
class ResultsSchemaTest {

    static MachineFile everyFieldSet() {
        ForkRecord kept = new ForkRecord("2026-11-25T10:00:00Z", 1.25, 0.4, 1L << 33, 0.1, false, true, "logs/a.log");
        ForkRecord setAside = new ForkRecord("2026-11-25T10:00:02Z", 1.5, 1.4, 1L << 33, 1.1, true, false, "logs/b.log");
        PointRecord done = new PointRecord("arithmetic", 12_000, "fixed-pool", 2, 48, "done", null, "-42", "decided",
                false, List.of(setAside, kept), "logs/point-0002");
        PointRecord failed = new PointRecord("ensemble", 120, "fork-join", 4, 48, "failed", "boom", null, null, true,
                List.of(), null);
        Snapshot start = new Snapshot("2026-11-25T09:59:00Z", 0.3, 1L << 34, 120, 0.05, false, List.of("bob java (pid 1)"));
        return new MachineFile("laptop", "host", "Linux", "Xeon", 2, 2, 4, 24L << 30,
                new MachineFile.Jvm("Debian", "17.0.15", "/usr/bin/java", "17.0.15"), "breakeven run --profile quick",
                List.of("--profile", "quick"), "quick", 48, new MachineFile.Sampling(3, 8, 210, 200.5, 7, "budget", true),
                new MachineFile.Caps(1, 1L << 30, 1L << 29), 1024, start, List.of(start),
                Map.of("arithmetic", new TaskRecord("CPU", "iterations", Map.of("trivial", 400L, "heavy", 4_000_000L),
                        "a loop", 0, false)), List.of("virtual-threads skipped: Java 21"), List.of(done, failed));
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() throws Exception {
        MachineFile written = everyFieldSet();

        MachineFile read = ResultsJson.readMachine(ResultsJson.write(written));

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
    }

    @Test
    void theReportReadsWhatTheSweepWrote() throws Exception {
        MachineInfo info = MachineJson.info(ResultsJson.readMachine(ResultsJson.write(everyFieldSet())), "fallback");

        assertThat(info.label()).isEqualTo("laptop");
        assertThat(info.logicalCores()).isEqualTo(2);
        assertThat(info.profile()).isEqualTo("quick");
        assertThat(info.task("arithmetic").orElseThrow().namedWeights()).containsEntry("heavy", 4_000_000.0);
        MachineInfo.PointStatus done = info.points().get(0);
        assertThat(done.forks()).isEqualTo(1);
        assertThat(done.stoppingRule()).isEqualTo("decided");
        assertThat(done.busy()).as("the busy fork was set aside; the kept one was quiet").isFalse();
        assertThat(info.points().get(1).isMissingResult()).isTrue();
    }

    @Test
    void aMachineFileOfTheOneForkSweepStillReads() throws Exception {
        String old = "{\"label\":\"old\",\"logicalCores\":2,\"plan\":[{\"task\":\"arithmetic\",\"weight\":\"400\","
                + "\"strategy\":\"sequential\",\"workers\":\"1\",\"batch\":\"48\"},{\"task\":\"arithmetic\","
                + "\"weight\":\"400\",\"strategy\":\"fixed-pool\",\"workers\":\"2\",\"batch\":\"48\"}],"
                + "\"points\":[{\"task\":\"arithmetic\",\"weight\":400,\"strategy\":\"sequential\",\"workers\":1,"
                + "\"batch\":48,\"status\":\"done\",\"busy\":true,\"othersCores\":0.9,\"loadAverage\":1.5,"
                + "\"seconds\":1.1}]}";

        MachineFile m = ResultsJson.readMachine(old.getBytes(StandardCharsets.UTF_8));

        assertThat(m.points()).hasSize(2);
        assertThat(m.points().get(0).keptForks()).isEqualTo(1);
        assertThat(m.points().get(0).busy()).isTrue();
        assertThat(m.points().get(1).status()).isEqualTo("planned");
    }
}
