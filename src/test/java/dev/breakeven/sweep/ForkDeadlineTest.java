package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The last resort against a hung fork: killed at its deadline with what it started; a healthy run untouched. */
class ForkDeadlineTest {

    @Test
    void aForkPastItsDeadlineIsKilledWithItsWorkers() throws Exception {
        // a stand-in for a JMH fork that hangs, with a worker of its own: JMH's fork main class on its command line
        Process fork = new ProcessBuilder("/bin/sh", "-c", "sleep 300 & wait", ForkDeadline.FORK_MAIN).start();
        List<ProcessHandle> workers = waitForDescendants(fork);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ForkDeadline.runOrKill(fork::waitFor, Duration.ofMillis(500)))
                .isInstanceOf(TimeoutException.class);

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(20);
        assertThat(fork.waitFor(10, TimeUnit.SECONDS)).isTrue();
        for (ProcessHandle worker : workers) {
            assertThat(worker.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    @Test
    void aForkWithinItsDeadlineIsLeftAloneAndItsFailureKept() throws Exception {
        assertThat(ForkDeadline.runOrKill(() -> "results", Duration.ofSeconds(10))).isEqualTo("results");
        Process other = new ProcessBuilder("sleep", "120").start(); // not a JMH fork: never killed
        try {
            assertThatThrownBy(() -> ForkDeadline.runOrKill(() -> {
                throw new java.io.IOException("fork failed");
            }, Duration.ofSeconds(10))).isInstanceOf(java.io.IOException.class).hasMessage("fork failed");
            assertThatThrownBy(() -> ForkDeadline.runOrKill(() -> {
                Thread.sleep(2000);
                return "late";
            }, Duration.ofMillis(200))).isInstanceOf(TimeoutException.class);
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    private static List<ProcessHandle> waitForDescendants(Process fork) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> d = fork.descendants().toList();
            if (!d.isEmpty()) {
                return d;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the stand-in fork started no worker");
    }
}
