package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, run as a newcomer would (from another directory): measure, then chart. */
class RunBenchmarksScriptIT {

    @TempDir
    Path dir;

    @Test
    void measuresThenDrawsTheChartsOfTheRun() throws Exception {
        Path script = Path.of("run-benchmarks.sh").toAbsolutePath();
        Process p = new ProcessBuilder("bash", script.toString(), "--profile", "smoke", "--label", "newcomer",
                "--results", dir.resolve("results").toString(), "--plot", dir.resolve("plot").toString(),
                "--tasks", "arithmetic,remote-query", "--strategies", "sequential,fixed-pool",
                "--weights", "trivial,light,medium", "--workers", "1,2,4,8")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Checking each task once").contains("Done: 30 points").contains("Charts: ");

        Path run = RunFiles.onlyRun(dir.resolve("results"));
        Path plot = dir.resolve("plot").resolve(run.getFileName());
        for (String file : new String[] {"summary.md", "summary.json", "index.html", "overview.png",
                "speedup-arithmetic.png", "speedup-arithmetic.svg", "break-even-arithmetic.png",
                "heatmap-remote-query.png", "efficiency-remote-query.png"}) {
            assertThat(plot.resolve(file)).as(file).isNotEmptyFile();
        }
        BufferedImage overview = ImageIO.read(plot.resolve("overview.png").toFile());
        assertThat(overview.getWidth()).isEqualTo(1600);
        assertThat(overview.getHeight()).isEqualTo(900);
        assertThat(Files.readString(plot.resolve("summary.md"))).contains("newcomer").contains("arithmetic")
                .contains("remote-query");
    }
}
