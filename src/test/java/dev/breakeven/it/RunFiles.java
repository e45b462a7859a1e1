package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a run directory the way another JMH tool would: plain JSON, no breakeven classes. */
final class RunFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    static Path onlyRun(Path resultsRoot) throws IOException {
        try (Stream<Path> runs = Files.list(resultsRoot)) {
            List<Path> all = runs.toList();
            assertThat(all).as("run folders under " + resultsRoot).hasSize(1);
            return all.get(0);
        }
    }

    static JsonNode results(Path run) throws IOException {
        return JSON.readTree(run.resolve("results.json").toFile());
    }

    static JsonNode machine(Path run) throws IOException {
        return JSON.readTree(run.resolve("machine.json").toFile());
    }

    /** The benchmark parameters of every entry of results.json, in file order. */
    static List<Map<String, String>> measuredParams(Path run) throws IOException {
        List<Map<String, String>> params = new ArrayList<>();
        for (JsonNode entry : results(run)) {
            params.add(asMap(entry.path("params")));
        }
        return params;
    }

    static List<Map<String, String>> plannedParams(Path run) throws IOException {
        List<Map<String, String>> params = new ArrayList<>();
        for (JsonNode p : machine(run).path("points")) {
            Map<String, String> point = new TreeMap<>();
            for (String key : new String[] {"task", "weight", "strategy", "workers", "batch"}) {
                point.put(key, p.path(key).asText());
            }
            params.add(point);
        }
        return params;
    }

    static Map<String, String> asMap(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private RunFiles() {
    }
}
