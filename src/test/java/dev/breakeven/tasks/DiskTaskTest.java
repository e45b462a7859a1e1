package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The disk task keeps its files in its own directory, leaves none behind, and deletes the directory. */
class DiskTaskTest {

    @Test
    void filesAreDeletedAfterEachCallAndTheDirectoryAtClose() throws Exception {
        DiskTask task = new DiskTask(new TaskSpec("disk", 4, 1));
        Path directory = task.directory();
        assertThat(directory).isDirectory();
        task.run(0);
        task.run(0);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
        task.close();
        assertThat(directory).doesNotExist();
        task.close();
    }

    @Test
    void closeDeletesFilesLeftInTheDirectory() throws Exception {
        DiskTask task = new DiskTask(new TaskSpec("disk", 1, 1));
        Path directory = task.directory();
        Files.createDirectories(directory.resolve("sub"));
        Files.writeString(directory.resolve("sub").resolve("left-over.bin"), "x");
        task.close();
        assertThat(directory).doesNotExist();
    }
}
