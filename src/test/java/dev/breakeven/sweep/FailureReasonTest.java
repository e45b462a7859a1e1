package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureReasonTest {

    @TempDir
    Path dir;

    @Test
    void theBenchmarksExceptionIsTheReason() throws IOException {
        Path log = Files.writeString(dir.resolve("a.log"), """
                # Warmup Iteration   1: <failure>

                dev.breakeven.tasks.TaskFailedException: task arithmetic, weight 1, index 3 failed under fixed-pool
                \tat dev.breakeven.tasks.ArithmeticTask.run(ArithmeticTask.java:20)
                """);
        assertThat(FailureReason.fromLog(log, null)).startsWith("dev.breakeven.tasks.TaskFailedException: task"
                + " arithmetic, weight 1, index 3");
    }

    @Test
    void aKilledForkIsReportedByItsExitCode() throws IOException {
        Path log = Files.writeString(dir.resolve("b.log"), "# Fork: 1 of 1\n<forked VM failed with exit code 137>\n");
        assertThat(FailureReason.fromLog(log, null)).isEqualTo("forked VM failed with exit code 137");
    }

    @Test
    void outOfMemoryWinsOverTheWrapperException() throws IOException {
        Path log = Files.writeString(dir.resolve("c.log"), "<failure>\n\njava.lang.RuntimeException: x\n"
                + "Caused by: java.lang.OutOfMemoryError: Java heap space\n");
        assertThat(FailureReason.fromLog(log, null)).contains("OutOfMemoryError: Java heap space");
    }
}
