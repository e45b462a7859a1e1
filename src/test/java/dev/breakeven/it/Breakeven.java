package dev.breakeven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, in its own JVM, and captures what it printed. */
final class Breakeven {

    /** What a finished command left: exit code and its output. */
    record Result(int exitCode, String out, String err) {
    }

    static Path jar() {
        String jar = System.getProperty("breakeven.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("run the end-to-end tests with 'mvn verify' (needs target/breakeven.jar)");
        }
        return Path.of(jar);
    }

    static ProcessBuilder command(Path workDir, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Tests may overlap with a developer's own JMH run on this machine; they check behaviour, not speed.
        cmd.add("-Djmh.ignoreLock=true");
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(workDir.toFile());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("breakeven-out", ".txt");
        Path err = Files.createTempFile("breakeven-err", ".txt");
        try {
            Process p = command(workDir, List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("breakeven " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private Breakeven() {
    }
}
