package dev.breakeven.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.sweep.RunDirectory;
import dev.breakeven.tasks.command.CommandFailedException;
import dev.breakeven.tasks.command.CommandPlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * After a sweep of {@code --command}: whether the command failed at some points, as the one line that ends the
 * run (with a non-zero exit status). The points that ran stay measured in the run's files.
 */
final class CommandFailures {

    private CommandFailures() {
    }

    /** The one-line error for the run in {@code dir}, or empty when no point of the command failed. */
    static Optional<String> in(Path dir) throws IOException {
        JsonNode points = new ObjectMapper().readTree(dir.resolve(RunDirectory.MACHINE).toFile()).path("points");
        List<String> reasons = new ArrayList<>();
        TreeSet<Long> weights = new TreeSet<>();
        for (JsonNode p : points) {
            if (p.path("task").asText().equals(CommandPlugin.NAME) && p.path("status").asText().equals("failed")) {
                String reason = p.path("reason").asText();
                int at = reason.indexOf(CommandFailedException.PREFIX);
                reasons.add(at >= 0 ? reason.substring(at) : reason);
                weights.add(p.path("weight").asLong());
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        long measured = points.size() - reasons.size();
        return Optional.of(reasons.get(0).replaceAll("\\s+", " ") + " (" + reasons.size() + " point"
                + (reasons.size() == 1 ? "" : "s") + " failed, at weight " + join(weights) + "; the " + measured
                + " other points are kept in " + dir + "; fix the command, then measure again)");
    }

    private static String join(TreeSet<Long> weights) {
        return String.join(",", weights.stream().map(String::valueOf).toList());
    }
}
