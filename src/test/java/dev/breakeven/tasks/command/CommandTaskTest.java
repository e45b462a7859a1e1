package dev.breakeven.tasks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakeven.tasks.TaskSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTaskTest {

    @TempDir
    Path logs;

    private CommandTask task(String template, long weight) throws Exception {
        return new CommandTask(new TaskSpec("command", weight, TaskSpec.DEFAULT_SEED), CommandTemplate.of(template),
                logs.toString());
    }

    @Test
    void runsOneProcessPerTaskWithItsOutputInItsWorkersLog() throws Exception {
        try (CommandTask t = task("echo member {index} size {weight} on {worker}", 100)) {
            assertThat(t.run(7)).isEqualTo(8);
            assertThat(t.run(8)).isEqualTo(9);
        }
        assertThat(Files.readString(logs.resolve("command-worker-0.log")))
                .isEqualTo("member 7 size 100 on 0\nmember 8 size 100 on 0\n");
    }

    @Test
    void aFailingCommandFailsInOneLineWithExitCodeCommandAndStderrTail() throws Exception {
        try (CommandTask t = task("echo starting; echo 'reading input' >&2; echo \"no file m{index}.nc\" >&2; exit 3",
                100)) {
            assertThatThrownBy(() -> t.run(7)).isInstanceOf(CommandFailedException.class)
                    .hasMessage("command failed at index 7 (exit 3): echo starting; echo 'reading input' >&2;"
                            + " echo \"no file m7.nc\" >&2; exit 3; stderr: reading input / no file m7.nc");
            // the next failure quotes only its own stderr
            assertThatThrownBy(() -> t.run(8)).hasMessageEndingWith("stderr: reading input / no file m8.nc");
        }
    }

    @Test
    void aSilentFailureSaysItPrintedNothing() throws Exception {
        try (CommandTask t = task("exit 1", 1)) {
            assertThatThrownBy(() -> t.run(0)).hasMessage("command failed at index 0 (exit 1): exit 1; it printed"
                    + " nothing on stderr");
        }
    }

    @Test
    void theTailOfALongStderrIsShort() throws Exception {
        String x = "x".repeat(100);
        try (CommandTask t = task("i=0; while [ $i -lt 50 ]; do echo \"line $i: " + x + "\" >&2; i=$((i+1)); done;"
                + " exit 2", 1)) {
            assertThatThrownBy(() -> t.run(0)).hasMessageContaining("stderr: ...")
                    .hasMessageEndingWith("line 49: " + x).message().doesNotContain("\n").hasSizeLessThan(600);
        }
    }

    @Test
    void withoutAFolderForLogsItsOwnTemporaryOneIsDeletedAtClose() throws Exception {
        CommandTask t = new CommandTask(new TaskSpec("command", 1, 1), CommandTemplate.of("echo hi"), null);
        assertThat(t.run(0)).isEqualTo(1);
        t.close();
    }

    @Test
    void peakMemoryOfARunningProcessIsReadOnLinux() throws Exception {
        Process p = new ProcessBuilder("sleep", "0.2").start();
        long peak = PeakMemory.whileWaitingFor(p);
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertThat(peak).isGreaterThan(100_000).isLessThan(1L << 30);
        } else {
            assertThat(peak).isZero();
        }
    }
}
