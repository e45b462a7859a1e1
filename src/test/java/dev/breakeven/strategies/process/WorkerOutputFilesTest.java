package dev.breakeven.strategies.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What process workers print is kept apart, one file per worker, in the folder the sweep names. */
class WorkerOutputFilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperties() {
        System.clearProperty("breakeven.worker-logs");
        System.clearProperty("breakeven.process.worker-jvm-args");
    }

    @Test
    void eachWorkerWritesItsOwnFile() throws Exception {
        System.setProperty("breakeven.worker-logs", dir.toString());
        System.setProperty("breakeven.process.worker-jvm-args", "-XX:+PrintFlagsFinal");
        try (Task task = TaskType.ARITHMETIC.create(10, 1); Strategy pool = StrategyType.PROCESS_POOL.create(2)) {
            pool.runBatch(task, 8);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(2);
        for (Path f : files) {
            assertThat(f.getFileName().toString()).matches("worker_\\d+-pid\\d+\\.log");
            assertThat(Files.readString(f)).contains("UseSerialGC");
        }
    }

    @Test
    void silentWorkersLeaveNoFiles() throws Exception {
        System.setProperty("breakeven.worker-logs", dir.toString());
        try (Task task = TaskType.ARITHMETIC.create(10, 1); Strategy pool = StrategyType.PROCESS_POOL.create(2)) {
            pool.runBatch(task, 8);
        }
        try (Stream<Path> list = Files.list(dir)) {
            assertThat(list).isEmpty();
        }
    }
}
