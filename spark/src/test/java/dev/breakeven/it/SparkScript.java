package dev.breakeven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code run-benchmarks.sh} as a user would (it finds the Spark build already packaged) and captures it. */
final class SparkScript {

    record Result(int exitCode, String out, String err) {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("breakeven.home"), "run-benchmarks.sh").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // Tests may overlap with a developer's own JMH run, check behaviour rather than speed (few warm-up
        // jobs), and the driver answers executors on loopback.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Djmh.ignoreLock=true -Dbreakeven.spark.warm-up-jobs=5");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = builder.start();
        if (!p.waitFor(8, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("run-benchmarks.sh " + String.join(" ", args) + " did not finish in 8 minutes");
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.contains("Picked up JAVA_TOOL_OPTIONS"))
                .collect(java.util.stream.Collectors.joining("\n"));
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errors);
    }

    private SparkScript() {
    }
}
