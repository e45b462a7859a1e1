package dev.breakeven.report.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakeven.report.ReportInputException;
import dev.breakeven.results.MachineFile;
import dev.breakeven.results.PointRecord;
import dev.breakeven.results.ResultsJson;
import dev.breakeven.results.TaskRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code machine.json} through the shared schema ({@link MachineFile}, the records the sweep writes) and
 * turns it into what the report needs ({@link MachineInfo}). Unknown fields are ignored, so older and newer
 * files read; a file that does not fit the schema is a one-line input error.
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
        MachineFile m;
        try {
            m = ResultsJson.readMachine(ResultsJson.MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw ReportInputException.of(file, "does not fit breakeven's machine.json schema ("
                    + e.getMessage().lines().findFirst().orElse("").strip() + ")", "remove it or let the sweep write it again");
        }
        return info(m, fallbackLabel);
    }

    /** The report's view of a machine file. */
    public static MachineInfo info(MachineFile m, String fallbackLabel) {
        String label = m.label();
        if (label == null || label.isBlank()) {
            label = m.host() != null && !m.host().isBlank() ? m.host() : fallbackLabel;
        }
        Map<String, MachineInfo.TaskInfo> tasks = new LinkedHashMap<>();
        m.tasks().forEach((name, t) -> tasks.put(name, task(t)));
        List<MachineInfo.PointStatus> points = m.points().stream().map(MachineJson::status).toList();
        return new MachineInfo(label, m.host(), m.os(), m.cpuModel(), m.physicalCores(), m.logicalCores(),
                m.memoryBytes(), m.profile(), m.batch(), m.start() == null ? Double.NaN : m.start().loadAverage(),
                tasks, points, m.skipped());
    }

    private static MachineInfo.TaskInfo task(TaskRecord t) {
        Map<String, Double> named = new LinkedHashMap<>();
        t.namedWeights().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> named.put(e.getKey(), e.getValue().doubleValue()));
        return new MachineInfo.TaskInfo(t.kind(), t.unit(), named, t.standsFor(), Math.max(0, t.workingSetBytesPerUnit()),
                t.batchIsChunkCount());
    }

    private static MachineInfo.PointStatus status(PointRecord p) {
        double load = p.forks().isEmpty() ? Double.NaN : p.forks().get(0).loadAverage();
        return new MachineInfo.PointStatus(p.task(), p.weight(), p.strategy(), p.workers(), p.batch(),
                p.status() == null ? "done" : p.status(), p.reason(), p.busy(), load, (int) p.keptForks(),
                (int) p.forks().stream().filter(f -> f.busy() && !f.kept()).count(), p.stoppingRule());
    }
}
