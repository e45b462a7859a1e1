package dev.breakeven.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.Reporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of thumb in the report of the committed real run (src/test/resources/report/runs/laptop). */
class RuleTableTest {

    @TempDir
    static Path dir;

    static Path report;

    @BeforeAll
    static void report() throws Exception {
        report = Reporter.report(ReportEndToEndTestSupport.resource("runs/laptop"), dir);
    }

    @Test
    void theSummaryComparesEachRuleWithTheBreakEvenOfItsStrategy() throws Exception {
        String md = Files.readString(report.resolve("summary.md"));
        assertThat(md).contains("## What the docs say vs what this machine says")
                .contains("| rule | says | measured here | the rule's size here | verdict |")
                .containsPattern("\\| ForkJoinTask Javadoc \\| more than 100 [^|]+\\| fork-join on arithmetic, 2 workers,"
                        + " batches of 48: pays from [^|]+ steps \\| 100 steps ≈ [^|]+ \\| \\*\\*optimistic here\\*\\*")
                .contains("\"As a very rough rule of thumb, a task should perform more than 100 and less than 10000"
                        + " basic computational steps");
        assertThat(md.indexOf("## What the docs say")).isLessThan(md.indexOf("## Charts"));
    }

    @Test
    void rulesThisRunCannotCheckSayHowToMeasureThem() throws Exception {
        String md = Files.readString(report.resolve("summary.md"));
        assertThat(md).contains("| Spark tuning guide | Spark tasks as short as 200 ms | not in this run: run with"
                + " --strategies sequential,spark")
                .contains("python3 python/dask_overhead.py > RUN_DIR/dask-overhead.jsonl");
    }

    @Test
    void summaryJsonHoldsEveryRuleWithItsFiguresInMicrosPerTask() throws Exception {
        JsonNode rules = new ObjectMapper().readTree(report.resolve("summary.json").toFile()).path("rulesOfThumb");
        assertThat(rules).hasSize(6);
        JsonNode fj = rules.get(0);
        assertThat(fj.path("strategy").asText()).isEqualTo("fork-join");
        assertThat(fj.path("verdict").asText()).isEqualTo("optimistic");
        assertThat(fj.path("breakEvenMicrosPerTask").path("value").asDouble())
                .isGreaterThan(fj.path("ruleMicrosPerTask").asDouble());
        assertThat(rules.get(2).path("verdict").asText()).isEqualTo("not-measured");
        assertThat(Files.exists(report.resolve("rules-of-thumb.png"))).isTrue();
    }
}
