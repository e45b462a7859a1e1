package dev.breakeven.results;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The one mapper for breakeven's files: pretty-printed like JMH's own JSON; reading ignores fields it does not
 * know (older or newer writers) and accepts JMH's {@code "NaN"} / {@code "Infinity"} strings.
 */
public final class ResultsJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private ResultsJson() {
    }

    public static byte[] write(MachineFile machine) throws IOException {
        return MAPPER.writeValueAsBytes(machine);
    }

    /** Reads machine.json, also as written before points kept their forks (one record per point, a separate plan). */
    public static MachineFile readMachine(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("expected a JSON object");
        }
        upgrade((ObjectNode) root);
        return MAPPER.treeToValue(root, MachineFile.class);
    }

    /**
     * Older sweeps ran one fork per point and wrote its facts on the point itself, and listed the plan apart:
     * turn such a point into a record with one fork, and unmeasured plan entries into planned records.
     */
    private static void upgrade(ObjectNode root) {
        ArrayNode points = root.withArray("points");
        for (JsonNode p : points) {
            if (p.isObject() && !p.has("forks") && p.has("status")) {
                ObjectNode fork = MAPPER.createObjectNode();
                fork.set("startedAt", p.get("startedAt"));
                fork.set("seconds", p.get("seconds"));
                fork.set("loadAverage", p.get("loadAverage"));
                fork.set("freeMemoryBytes", p.get("freeMemoryBytes"));
                fork.set("othersCores", p.get("othersCores"));
                fork.put("busy", p.path("busy").asBoolean(false));
                fork.put("kept", "done".equals(p.path("status").asText()));
                fork.set("log", p.get("log"));
                ((ObjectNode) p).putArray("forks").add(fork);
            }
        }
        JsonNode plan = root.get("plan");
        if (plan != null && plan.isArray()) {
            java.util.Set<String> recorded = new java.util.HashSet<>();
            points.forEach(p -> recorded.add(key(p)));
            for (JsonNode p : plan) {
                if (p.isObject() && recorded.add(key(p))) {
                    points.add(((ObjectNode) p.deepCopy()).put("status", "planned"));
                }
            }
            root.remove("plan");
        }
    }

    private static String key(JsonNode p) {
        return p.path("task").asText() + "/" + p.path("weight").asText() + "/" + p.path("strategy").asText() + "/"
                + p.path("workers").asText() + "/" + p.path("batch").asText();
    }
}
