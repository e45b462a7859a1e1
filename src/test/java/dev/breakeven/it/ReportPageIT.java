package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports the committed laptop run through the packaged jar and opens index.html in a real browser: headless
 * Chromium, where one is on the PATH (the test is skipped elsewhere), takes a screenshot that must show the page
 * and its charts, not a blank or broken page.
 */
class ReportPageIT {

    @TempDir
    static Path dir;

    static Path page;

    @BeforeAll
    static void report() throws Exception {
        Path run = Path.of(ReportPageIT.class.getResource("/report/runs/laptop").toURI());
        Breakeven.Result r = Breakeven.run(dir, "report", run.toString(), "-o", dir.resolve("plot").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        page = dir.resolve("plot").resolve("laptop").resolve("index.html");
    }

    @Test
    void thePageHasContentsLinkingTheOverviewAndASectionPerTask() throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);

        for (String anchor : List.of("overview", "task-arithmetic", "points")) {
            assertThat(html).contains("<a href=\"#" + anchor + "\">").contains("<section id=\"" + anchor + "\">");
        }
        assertThat(html).contains("<p class=\"verdict\">On laptop (2 logical cores)");
        for (String chart : List.of("overview", "speedup-arithmetic", "heatmap-arithmetic")) {
            assertThat(page.resolveSibling(chart + ".png")).exists();
            assertThat(html).contains("<img src=\"" + chart + ".png\"");
        }
    }

    @Test
    void chromiumShowsThePageWithItsCharts() throws Exception {
        Optional<Path> chromium = browser();
        Assumptions.assumeTrue(chromium.isPresent(), "no chromium on the PATH: the page is not opened in a browser");
        Path png = dir.resolve("page.png");

        Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("chromium-profile"), "--screenshot=" + png,
                "--window-size=1400,5000", page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish its screenshot in 2 minutes");
        }

        assertThat(png).as(Files.readString(dir.resolve("chromium.log"))).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(5000);
        // Text alone is black, grey and link blue (a page whose images failed shows their alt text as blue links:
        // ~50 such pixels here); the charts add orange, green and red lines and heat-map cells (~14,500 here).
        Set<Integer> colours = new HashSet<>();
        int warm = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                float[] hsb = Color.RGBtoHSB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, null);
                boolean blue = hsb[0] >= 0.5 && hsb[0] <= 0.8;
                if (hsb[1] > 0.3 && hsb[2] > 0.3 && !blue) {
                    warm++;
                }
            }
        }
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(100);
        assertThat(warm).as("orange, green and red pixels (every other row and column)").isGreaterThan(3_000);
    }

    /** chromium (or chromium-browser, google-chrome) on the PATH. */
    static Optional<Path> browser() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
