package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.report.compare.Comparison;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import dev.breakeven.report.compare.Comparison;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Ratio;
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
                .contains("95 % interval over forks");
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertThat(json.at("/a/label").asText()).isEqualTo("laptop");
        assertThat(json.at("/b/label").asText()).isEqualTo("laptop-rerun");
        JsonNode task = json.at("/tasks/0");
        assertThat(task.get("task").asText()).isEqualTo("arithmetic");
        assertThat(task.at("/a/bestSpeedup").isNumber()).isTrue();
        assertThat(task.at("/b/bestWorkers").isInt()).isTrue();
        assertThat(task.at("/a/breakEvenPayoff").asText())
                .isIn("pays-from", "pays-everywhere", "never-pays", "no-crossing-shown");
        assertThat(task.at("/bestSpeedupTest/tested").asBoolean()).isTrue();
        double ratio = task.at("/bestSpeedupTest/ratioBOverA").asDouble();
        assertThat(task.at("/bestSpeedupTest/ratioBOverALower").asDouble()).isLessThanOrEqualTo(ratio);
        assertThat(task.at("/bestSpeedupTest/ratioBOverAUpper").asDouble()).isGreaterThanOrEqualTo(ratio);
        assertThat(task.at("/sequentialTimeTest/ratioBOverALevel").asDouble()).isEqualTo(0.95);
        assertThat(Files.readString(out.resolve("index.html"))).contains("compare-speedup-arithmetic.png");
    }

    @Test
    void aDifferenceIsSignificantWhenItsIntervalExcludesOne() {
        Forks seqA = Forks.ofMeans(10, 10.1, 9.9, 10.05);
        Forks parA = Forks.ofMeans(5, 5.05, 4.95, 5.02);
        Forks parB = Forks.ofMeans(2.5, 2.52, 2.48, 2.51);
        Forks parSame = Forks.ofMeans(5.01, 4.97, 5.04, 4.99);

        assertThat(new Comparison.Test(Ratio.ofRatios(seqA, parB, seqA, parA, 0.95)).significant()).isTrue();
        assertThat(new Comparison.Test(Ratio.ofRatios(seqA, parSame, seqA, parA, 0.95)).significant()).isFalse();
        assertThat(new Comparison.Test(null).tested()).isFalse();
    }
}
