package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

class ForkProbeTest {

    @Test
    void aProbeForkThatFailsLeavesThePlanItsConstant() {
        // the probe's only task (arithmetic, index 0) throws in the fork, as with --inject-failure arithmetic:0
        Options user = new OptionsBuilder().build();
        PointRunner runner = new PointRunner(user, Profile.QUICK, null,
                List.of("-Dbreakeven.inject-failure=arithmetic:0"), false, Duration.ofSeconds(10));
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        double seconds = ForkProbe.measure(runner, Profile.QUICK, user,
                new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(seconds).isEqualTo(ForkCost.FORK_SECONDS);
        assertThat(text.toString(StandardCharsets.UTF_8)).startsWith("Timing a fork's own cost")
                .contains("planning with " + ForkCost.FORK_SECONDS + " s.");
    }
}
