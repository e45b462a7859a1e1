package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The render task saves a real PNG of the drawn field, keeps one per index, and cleans up at close. */
class RenderTaskTest {

    @Test
    void savedFigureIsAPngOfTheDrawnField() throws Exception {
        try (RenderTask task = new RenderTask(new TaskSpec("render", 24, 3))) {
            task.run(5);
            BufferedImage drawn = task.draw(5);
            BufferedImage saved = ImageIO.read(figures(task.directory()).get(0).toFile());
            assertThat(saved.getWidth()).isEqualTo(24);
            assertThat(saved.getHeight()).isEqualTo(24);
            for (int y = 0; y < 24; y += 7) {
                for (int x = 0; x < 24; x += 5) {
                    assertThat(saved.getRGB(x, y)).isEqualTo(drawn.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void keepsTheNewestFigureOfEachIndexAndDeletesTheDirectoryAtClose() throws Exception {
        RenderTask task = new RenderTask(new TaskSpec("render", 8, 3));
        Path directory = task.directory();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                task.run(i);
            }
        }
        assertThat(figures(directory)).hasSize(4);
        task.close();
        assertThat(directory).doesNotExist();
        task.close();
    }

    private static List<Path> figures(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toList());
        }
    }
}
