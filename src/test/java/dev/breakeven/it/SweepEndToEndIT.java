package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny real sweep through the packaged jar: every planned point lands in results.json as JMH JSON. */
class SweepEndToEndIT {

    @TempDir
    Path dir;

    @Test
    void tinySweepWritesEveryPlannedPointAsJmhJson() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--label", "ci", "--results", "results",
                "--tasks", "arithmetic", "--strategies", "sequential,fixed-pool,fork-join",
                "--weights", "trivial,light", "--workers", "1,2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\\[\\d+:\\d\\d of 2:00\\]").contains("(first pass 2/2)")
                .contains("Done: 10 points");

        Path run = RunFiles.onlyRun(dir.resolve("results"));
        assertThat(run.getFileName().toString()).startsWith("ci-");
        assertThat(RunFiles.plannedParams(run)).hasSize(2 * (1 + 2 * 2));
        assertThat(RunFiles.measuredParams(run)).containsExactlyInAnyOrderElementsOf(RunFiles.plannedParams(run));
        for (JsonNode entry : RunFiles.results(run)) {
            assertThat(entry.path("benchmark").asText()).isEqualTo("dev.breakeven.bench.BatchBenchmark.runBatch");
            assertThat(entry.path("mode").asText()).isEqualTo("avgt");
            assertThat(entry.path("forks").asInt()).as("smoke runs 2 forks per point").isEqualTo(2);
            assertThat(entry.path("primaryMetric").path("rawData")).as("one array per fork").hasSize(2);
            assertThat(entry.path("primaryMetric").path("scoreUnit").asText()).isEqualTo("us/op");
            assertThat(entry.path("primaryMetric").path("score").asDouble()).isPositive();
            assertThat(entry.path("primaryMetric").path("rawData")).isNotEmpty();
        }

        JsonNode machine = RunFiles.machine(run);
        assertThat(machine.path("label").asText()).isEqualTo("ci");
        for (String field : new String[] {"host", "os", "cpuModel", "commandLine"}) {
            assertThat(machine.path(field).asText()).as(field).isNotBlank();
        }
        assertThat(machine.path("logicalCores").asInt()).isPositive();
        assertThat(machine.path("physicalCores").asInt()).isPositive();
        assertThat(machine.path("memoryBytes").asLong()).isPositive();
        assertThat(machine.path("jvm").path("version").asText()).isNotBlank();
        assertThat(machine.path("start").path("freeMemoryBytes").asLong()).isPositive();
        assertThat(machine.path("points")).hasSize(10).allSatisfy(p -> {
            assertThat(p.path("status").asText()).isEqualTo("done");
            assertThat(p.path("forks")).isNotEmpty().allSatisfy(f -> {
                assertThat(f.has("loadAverage")).isTrue();
                assertThat(f.path("freeMemoryBytes").asLong()).isPositive();
            });
            assertThat(p.path("stoppingRule").asText()).isIn("baseline", "max-forks", "decided", "budget");
            assertThat(p.path("checksum").asText()).isNotBlank();
        });
        // Every strategy and worker count computed the same batch checksum as the sequential loop.
        assertThat(machine.path("points").findValuesAsText("checksum")).hasSize(10);
        JsonNode named = machine.path("tasks").path("arithmetic").path("namedWeights");
        for (String weight : new String[] {named.path("trivial").asText(), named.path("light").asText()}) {
            assertThat(RunFiles.machine(run).path("points").findParents("checksum").stream()
                    .filter(p -> p.path("weight").asText().equals(weight))
                    .map(p -> p.path("checksum").asText()).distinct()).hasSize(1);
        }
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "quick", "--results", "results",
                "--tasks", "arithmetic,remote-query", "--max-workers", "4", "--dry-run");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Plan: ").contains("profile quick, batch 48")
                // quick stops at medium: its time goes to the points near the crossing, not to heavy forks
                .containsPattern("arithmetic +\\d+ points +~\\d+:\\d\\d +weights 400,12000,120000 ")
                .contains("Nothing was measured or written (--dry-run).");
        assertThat(dir.resolve("results")).doesNotExist();
        // a fork's own cost is measured on this machine, by two real forks that do next to nothing
        assertThat(r.out()).containsPattern("Timing a fork's own cost \\(JVM start, heap touch, JMH set-up\\) \\.\\.\\."
                + " \\d+\\.\\d\\d s \\(a sweep's fork: \\d+\\.\\d\\d s\\)\\.");
    }

    @Test
    void aDryRunForAnotherMachineKeepsThePlansForkCost() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "quick", "--tasks", "arithmetic", "--cores", "40",
                "--dry-run");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("Timing a fork's own cost").contains("N = 40 cores, planned for another machine");
    }
}
