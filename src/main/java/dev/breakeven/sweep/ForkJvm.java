package dev.breakeven.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM the benchmark forks run on: this one, or another given with {@code --jvm} (e.g. a JDK 21+ for
 * virtual threads while the sweep itself runs on 17). Its feature version decides which strategies run.
 */
public record ForkJvm(String path, int feature, String version) {

    private static final Pattern SPEC = Pattern.compile("java\\.specification\\.version = (\\d+)");
    private static final Pattern VERSION = Pattern.compile("java\\.runtime\\.version = (\\S+)");

    public static ForkJvm current() {
        return new ForkJvm(null, Runtime.version().feature(), Runtime.version().toString());
    }

    /** Asks the java binary at {@code path} for its version. */
    public static ForkJvm of(String path) throws SweepInputException {
        if (!Files.isExecutable(Path.of(path))) {
            throw new SweepInputException("--jvm " + path + " is not an executable file (give the path of a"
                    + " java binary, e.g. /usr/lib/jvm/jdk-21/bin/java)");
        }
        try {
            Process p = new ProcessBuilder(path, "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Matcher spec = SPEC.matcher(text);
            if (!spec.find()) {
                throw new SweepInputException("--jvm " + path + " did not report a Java version; is it a java binary?");
            }
            Matcher version = VERSION.matcher(text);
            return new ForkJvm(path, Integer.parseInt(spec.group(1)), version.find() ? version.group(1) : spec.group(1));
        } catch (IOException e) {
            throw new SweepInputException("--jvm " + path + " could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepInputException("interrupted while asking --jvm " + path + " for its version");
        }
    }
}
