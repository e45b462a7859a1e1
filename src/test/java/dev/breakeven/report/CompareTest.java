package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.report.compare.Comparison;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTest {

    @TempDir
    Path dir;

    @Test
    void comparesTwoCommittedRunsWithTablesSignificanceAndOverlaidCharts() throws Exception {
        Cli cli = Cli.run(new CompareCommand(), ReportEndToEndTest.resource("runs/laptop").toString(),
                ReportEndToEndTest.resource("runs/laptop-rerun").toString(), "-o", dir.toString());

        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        Path out = dir.resolve("laptop-vs-laptop-rerun");
        for (String chart : new String[] {"compare-speedup-arithmetic", "compare-time-arithmetic"}) {
            BufferedImage png = ImageIO.read(out.resolve(chart + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(1600);
            assertThat(png.getHeight()).isEqualTo(900);
            assertThat(Files.readString(out.resolve(chart + ".svg"))).contains("<svg");
        }
        String md = Files.readString(out.resolve("compare.md"));
        assertThat(md).contains("| task | machine | best speedup |")
                .contains("| arithmetic | laptop |").contains("| arithmetic | laptop-rerun |")
                .contains("| arithmetic | **difference** |")
                .contains("Mann–Whitney");
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertThat(json.at("/a/label").asText()).isEqualTo("laptop");
        assertThat(json.at("/b/label").asText()).isEqualTo("laptop-rerun");
        JsonNode task = json.at("/tasks/0");
        assertThat(task.get("task").asText()).isEqualTo("arithmetic");
        assertThat(task.at("/a/bestSpeedup").isNumber()).isTrue();
        assertThat(task.at("/b/bestWorkers").isInt()).isTrue();
        assertThat(task.at("/a/breakEvenKind").asText()).isIn("at", "always", "never");
        assertThat(task.at("/bestSpeedupTest/tested").asBoolean()).isTrue();
        double p = task.at("/bestSpeedupTest/pValue").asDouble();
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(task.at("/sequentialTimeTest/n1").asInt()).isEqualTo(3);
        assertThat(task.at("/sequentialTimeTest/n2").asInt()).isEqualTo(5);
        assertThat(Files.readString(out.resolve("index.html"))).contains("compare-speedup-arithmetic.png");
    }

    @Test
    void mannWhitneySeparatesClearlyDifferentSamplesAndNotEqualOnes() {
        Comparison.Test different = Comparison.test(new double[] {1, 1.1, 0.9, 1.05, 0.95, 1.02},
                new double[] {2, 2.1, 1.9, 2.05, 1.95, 2.02});
        Comparison.Test same = Comparison.test(new double[] {1, 1.1, 0.9, 1.05}, new double[] {1.02, 0.98, 1.08, 0.93});
        Comparison.Test tooFew = Comparison.test(new double[] {1}, new double[] {2, 3});

        assertThat(different.significant()).isTrue();
        assertThat(same.significant()).isFalse();
        assertThat(tooFew.tested()).isFalse();
    }
}
