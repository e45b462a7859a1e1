package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.report.charts.Look;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports the committed real run (src/test/resources/report/runs/laptop) once and checks what was written. */
class ReportEndToEndTest {

    static final List<String> CHARTS = List.of("overview", "rules-of-thumb", "speedup-arithmetic", "break-even-arithmetic",
            "heatmap-arithmetic", "strategies-arithmetic", "efficiency-arithmetic");

    @TempDir
    static Path dir;

    static Path report;
    static Cli cli;

    static Path resource(String name) {
        try {
            return Path.of(ReportEndToEndTest.class.getResource("/report/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void report() {
        cli = Cli.run(new ReportCommand(), resource("runs/laptop").toString(), "-o", dir.resolve("plot").toString());
        report = dir.resolve("plot").resolve("laptop");
    }

    @Test
    void exitsWithZeroAndNamesTheReport() {
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains(report.resolve("index.html").toString());
    }

    @Test
    void writesEveryChartAsPngOfSlideSizeAndAsSvg() throws IOException {
        for (String chart : CHARTS) {
            Path png = report.resolve(chart + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(chart + ".png").isNotNull();
            // laid out at 768×432 pt, written at 150 DPI: exactly 1600×900 pixels
            assertThat(image.getWidth()).as(chart + " width").isEqualTo(Look.PNG_WIDTH).isEqualTo(1600);
            assertThat(image.getHeight()).as(chart + " height").isEqualTo(Look.PNG_HEIGHT).isEqualTo(900);
            String svg = Files.readString(report.resolve(chart + ".svg"), StandardCharsets.UTF_8);
            assertThat(svg).as(chart + ".svg").contains("<svg").contains("</svg>");
        }
        assertThat(Look.DPI).isGreaterThanOrEqualTo(150);
        assertThat(pngDpi(report.resolve("speedup-arithmetic.png"))).isCloseTo(150, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void leavesNoTemporaryDirectoryBehind() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("plot"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("laptop");
        }
    }

    @Test
    void summaryMarkdownStatesFindingsAndListsFailedAndBusyPoints() throws IOException {
        String md = Files.readString(report.resolve("summary.md"));
        assertThat(md).contains("Machine: **laptop**, 2 logical cores")
                .contains("On laptop (2 logical cores)")
                .contains("parallel work started to pay from ≈ ")
                .doesNotContain("as fast or faster")
                .contains("2 points were measured while the machine was busy")
                .contains("2 points have no result")
                .contains("fixed-pool, 8 workers: memory-limited — 8 workers × 1.2 GiB working set exceed the 2 GiB cap")
                .contains("fork-join, 8 workers: failed — forked JVM exited with code 137")
                .contains("skipped — heavy weight left out of the quick profile")
                .contains("Handing one task to a single worker costs ")
                .contains("No USL fit for arithmetic: USL needs at least 4 distinct worker counts, got 3")
                .contains("| fixed-pool |").contains("| fork-join |")
                .contains("_Stands for: a tight floating-point loop");
        for (String chart : CHARTS) {
            assertThat(md).contains("(" + chart + ".png)");
        }
    }

    @Test
    void summaryJsonHoldsEveryFigure() throws IOException {
        JsonNode root = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
        assertThat(root.get("run").asText()).isEqualTo("laptop");
        assertThat(root.at("/machine/logicalCores").asInt()).isEqualTo(2);
        JsonNode task = root.at("/tasks/0");
        assertThat(task.get("task").asText()).isEqualTo("arithmetic");
        assertThat(task.get("unit").asText()).isEqualTo("iterations");
        assertThat(task.get("mainStrategy").asText()).isEqualTo("fixed-pool");
        assertThat(task.get("baseline").asText()).isEqualTo("sequential");
        assertThat(task.get("curves")).hasSize(6); // 2 strategies × 3 weights
        JsonNode curve = task.get("curves").get(0);
        assertThat(curve.get("points")).hasSize(3);
        JsonNode p2 = curve.get("points").get(1);
        assertThat(p2.get("speedup").isNumber()).isTrue();
        assertThat(p2.get("speedupLower").isNumber()).isTrue();
        assertThat(p2.get("speedupUpper").isNumber()).isTrue();
        assertThat(p2.get("speedupLevel").asDouble()).isEqualTo(0.95);
        assertThat(p2.get("verdict").asText()).isIn("faster", "slower", "indistinguishable");
        assertThat(p2.get("karpFlatt").isNumber()).isTrue();
        assertThat(curve.at("/usl/fitted").asBoolean()).isFalse();
        assertThat(curve.at("/usl/reason").asText()).contains("at least 4");
        assertThat(curve.at("/amdahl/fitted").asBoolean()).isTrue();
        assertThat(curve.at("/amdahl/sigmaError").isNumber()).isTrue();
        assertThat(curve.at("/bestWorkers/workers").isInt()).isTrue();
        assertThat(task.at("/breakEven/byStrategyAndWorkers")).isNotEmpty();
        JsonNode be = task.at("/breakEven/byStrategyAndWorkers/0");
        assertThat(be.get("payoff").asText()).isIn("pays-from", "pays-everywhere", "never-pays", "no-crossing-shown");
        assertThat(be.get("batch").asInt()).isEqualTo(48);
        assertThat(be.get("bootstrapResamples").asInt()).isEqualTo(1000);
        assertThat(be.get("repeatFactor").isNull() || be.get("repeatFactor").asDouble() >= 1).as(be.toString()).isTrue();
        assertThat(task.at("/breakEven/payoff").asText()).isNotBlank();
        assertThat(task.get("dispatchOverhead")).hasSize(2);
        assertThat(task.at("/dispatchOverhead/0/nanosPerTask").isNumber()).isTrue();
        assertThat(task.get("missingPoints")).hasSize(2);
        assertThat(task.get("busyPoints")).hasSize(2);
        assertThat(root.get("charts")).hasSize(2 * CHARTS.size());
        // the busy point is flagged on its measured point too
        boolean flagged = false;
        for (JsonNode c : task.get("curves")) {
            for (JsonNode p : c.get("points")) {
                flagged |= p.get("busy").asBoolean();
            }
        }
        assertThat(flagged).isTrue();
    }

    @Test
    void indexHtmlShowsEveryChartWithItsCaption() throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        for (String chart : CHARTS) {
            assertThat(html).contains("<img src=\"" + chart + ".png\"");
        }
        assertThat(html).contains("<figcaption>").contains("On laptop (2 logical cores)");
    }

    @Test
    void reportingAgainReplacesTheEarlierReport() throws Exception {
        Path out = dir.resolve("again");
        Path first = Reporter.report(resource("runs/laptop"), out);
        Files.writeString(first.resolve("stale.txt"), "old");

        Path second = Reporter.report(resource("runs/laptop"), out);

        assertThat(second).isEqualTo(first);
        assertThat(second.resolve("stale.txt")).doesNotExist();
        assertThat(second.resolve("summary.json")).exists();
    }

    @Test
    void aBareJmhFileIsReportedUnderItsBaseNameWithoutMachineJson() throws Exception {
        Path file = dir.resolve("my-bench.json");
        Files.copy(resource("runs/laptop/results.json"), file);

        Path out = Reporter.report(file, dir.resolve("bare"));

        assertThat(out.getFileName().toString()).isEqualTo("my-bench");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("no machine.json").contains("On my-bench,");
    }

    /** Horizontal DPI from the PNG's pHYs chunk (pixels per metre). */
    static double pngDpi(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        for (int i = 8; i + 8 < b.length;) {
            int length = ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            String type = new String(b, i + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                int ppm = ((b[i + 8] & 0xff) << 24) | ((b[i + 9] & 0xff) << 16) | ((b[i + 10] & 0xff) << 8) | (b[i + 11] & 0xff);
                return ppm * 0.0254;
            }
            i += 12 + length;
        }
        return Double.NaN;
    }
}
