package dev.breakeven.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one line that says why a point failed, found in JMH's output for it: the exception the benchmark
 * threw (JMH prints it after {@code <failure>}), or the forked VM's exit (killed, out of memory).
 */
final class FailureReason {

    private static final int MAX_LENGTH = 400;

    private FailureReason() {
    }

    static String fromLog(Path log, Exception fallback) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            lines = List.of();
        }
        String reason = lines.stream().map(String::trim).filter(l -> l.contains("OutOfMemoryError"))
                .findFirst().orElse(null);
        for (int i = 0; i < lines.size() && reason == null; i++) {
            if (lines.get(i).trim().endsWith("<failure>")) {
                reason = firstNonBlank(lines, i + 1);
            }
        }
        for (int i = lines.size() - 1; i >= 0 && reason == null; i--) {
            String line = lines.get(i).trim();
            if (line.contains("forked VM failed") || line.contains("exit code")) {
                reason = line.replaceAll("^<|>$", "");
            }
        }
        if (reason == null) {
            reason = fallback == null ? "JMH returned no result (see " + log.getFileName() + ")"
                    : fallback.getMessage();
        }
        return reason.length() > MAX_LENGTH ? reason.substring(0, MAX_LENGTH) + "..." : reason;
    }

    private static String firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).trim();
            }
        }
        return null;
    }
}
