package dev.breakeven.report.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.stats.Estimate;

/** Small helpers for building JSON trees: non-finite numbers become null, so every reader can parse the file. */
public final class JsonTree {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTree() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /**
     * {@code key} with its interval: {@code keyLower}, {@code keyUpper} (null when unbounded), {@code keyLevel}
     * and {@code keyForks} for a confidence interval; {@code keyError} (a standard error) for a fitted value.
     */
    public static void put(ObjectNode o, String key, Estimate e) {
        if (e == null) {
            o.putNull(key);
            return;
        }
        put(o, key, e.value());
        if (Double.isNaN(e.level())) {
            put(o, key + "Error", e.error());
            return;
        }
        put(o, key + "Lower", e.lower());
        put(o, key + "Upper", e.upper());
        put(o, key + "Level", e.level());
        o.put(key + "Forks", e.replicates());
    }

    public static void put(ObjectNode o, String key, String v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise summary", e);
        }
    }
}
