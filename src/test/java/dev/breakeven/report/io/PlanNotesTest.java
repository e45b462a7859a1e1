package dev.breakeven.report.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.SyntheticJmh;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sweep's plan left out reaches the report's notes, so a reader of a thin run knows what is missing. */
class PlanNotesTest {

    @Test
    void tasksAndStrategiesThePlanLeftOutAreNotesOfTheReport(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("quick-run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("results.json"), new SyntheticJmh()
                .batch("arithmetic", 400, "sequential", 1, 48, 50, 1)
                .batch("arithmetic", 400, "fixed-pool", 2, 48, 110, 2).json());
        Files.writeString(run.resolve("machine.json"), "{\"label\":\"vm\",\"logicalCores\":2,\"skipped\":["
                + "\"stream, render left out: with them the first pass does not fit this profile's budget on 2 cores"
                + " with forks this slow (--tasks stream,render measures them, or a larger --budget all of them)\"]}");

        Run loaded = RunLoader.load(run);

        assertThat(loaded.machine().planNotes()).hasSize(1);
        assertThat(loaded.notes()).anyMatch(n -> n.startsWith("The sweep's plan: stream, render left out:")
                && n.contains("--tasks stream,render"));
    }
}
