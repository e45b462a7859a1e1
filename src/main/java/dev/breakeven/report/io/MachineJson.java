package dev.breakeven.report.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakeven.report.ReportInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code machine.json} leniently: the sweep that writes it is developed in parallel, so unknown fields
 * are ignored, missing ones left empty, and a field of the wrong type is treated as missing.
 */
public final class MachineJson {

    private MachineJson() {
    }

    /** Reads the file; {@code fallbackLabel} names the machine when the file gives no label or host. */
    public static MachineInfo read(Path file, String fallbackLabel) throws ReportInputException {
        JsonNode root = JmhJson.parse(file, "a machine description");
        if (!root.isObject()) {
            throw ReportInputException.of(file, "is not a machine description (expected a JSON object)",
                    "remove it or let the sweep write it again");
        }
        String host = text(root, "host");
        String label = text(root, "label");
        if (label == null || label.isBlank()) {
            label = host != null && !host.isBlank() ? host : fallbackLabel;
        }
        JsonNode start = root.path("start");
        return new MachineInfo(label, host, text(root, "os"), text(root, "cpuModel"),
                (int) whole(root.get("physicalCores")), (int) whole(root.get("logicalCores")),
                whole(root.get("memoryBytes")), text(root, "profile"), (int) whole(root.get("batch")),
                JmhJson.number(start.get("loadAverage")), tasks(root.path("tasks")), points(root.path("points")));
    }

    private static Map<String, MachineInfo.TaskInfo> tasks(JsonNode node) {
        Map<String, MachineInfo.TaskInfo> tasks = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode t = e.getValue();
                if (t.isObject()) {
                    Map<String, Double> named = new LinkedHashMap<>();
                    t.path("namedWeights").fields().forEachRemaining(w -> {
                        double v = JmhJson.number(w.getValue());
                        if (Double.isFinite(v)) {
                            named.put(w.getKey(), v);
                        }
                    });
                    tasks.put(e.getKey(), new MachineInfo.TaskInfo(text(t, "kind"), text(t, "unit"), named,
                            text(t, "standsFor"), Math.max(0, t.path("workingSetBytesPerUnit").asDouble(0))));
                }
            });
        }
        return tasks;
    }

    private static List<MachineInfo.PointStatus> points(JsonNode node) {
        List<MachineInfo.PointStatus> points = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode p : node) {
                if (!p.isObject() || text(p, "task") == null) {
                    continue;
                }
                String status = text(p, "status");
                points.add(new MachineInfo.PointStatus(text(p, "task"), JmhJson.number(p.get("weight")),
                        text(p, "strategy"), (int) whole(p.get("workers")), (int) whole(p.get("batch")),
                        status == null ? "done" : status, text(p, "reason"), p.path("busy").asBoolean(false),
                        JmhJson.number(p.get("loadAverage"))));
            }
        }
        return points;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static long whole(JsonNode node) {
        double v = JmhJson.number(node);
        return Double.isFinite(v) ? Math.round(v) : 0;
    }
}
