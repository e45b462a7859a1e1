package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A master that is not there, or not a master's URL: one line, exit code 2, nothing measured or written. */
class SparkBadInputIT {

    @TempDir
    Path dir;

    private SparkScript.Result run(String master) throws Exception {
        return SparkScript.run(dir, "--profile", "smoke", "--tasks", "arithmetic", "--strategies",
                "sequential,spark", "--spark-master", master, "--results", dir.resolve("results").toString());
    }

    private void assertOneLineAndNothingWritten(SparkScript.Result r, String expected) throws Exception {
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("breakeven: ").contains(expected);
        assertThat(r.out()).doesNotContain("Measuring");
        if (Files.exists(dir.resolve("results"))) {
            try (Stream<Path> files = Files.list(dir.resolve("results"))) {
                assertThat(files).as("nothing written").isEmpty();
            }
        }
    }

    @Test
    void anUnreachableMasterEndsTheSweepBeforeItStarts() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertOneLineAndNothingWritten(run("spark://127.0.0.1:" + closed),
                "cannot reach the Spark master at spark://127.0.0.1:" + closed);
    }

    @Test
    void aUrlThatIsNotAMastersSaysWhatToGive() throws Exception {
        assertOneLineAndNothingWritten(run("http://127.0.0.1:8080"), "give spark://HOST:PORT");
    }
}
