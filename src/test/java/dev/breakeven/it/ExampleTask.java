package dev.breakeven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The example plug-in, {@code examples/my-task}, built with Maven as its README says, once per test JVM (the
 * end-to-end tests run after {@code package}, so the breakeven jar it compiles against exists).
 */
final class ExampleTask {

    static final Path PROJECT = Path.of("examples", "my-task").toAbsolutePath();
    static final Path JAR = PROJECT.resolve("target/my-task.jar");

    private static boolean built;

    private ExampleTask() {
    }

    /** {@code examples/my-task/target/my-task.jar}, freshly built. */
    static synchronized Path jar() throws IOException, InterruptedException {
        if (!built) {
            Breakeven.jar(); // fails clearly when the breakeven jar is not there
            Path log = Files.createTempFile("my-task-build", ".txt");
            Process p = new ProcessBuilder("mvn", "-B", "-q", "-f", PROJECT.resolve("pom.xml").toString(),
                    "package").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(3, TimeUnit.MINUTES);
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (!done || p.exitValue() != 0 || !Files.isRegularFile(JAR)) {
                p.destroyForcibly();
                throw new AssertionError("building examples/my-task failed:\n" + out);
            }
            built = true;
        }
        return JAR;
    }
}
