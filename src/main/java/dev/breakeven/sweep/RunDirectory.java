package dev.breakeven.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.results.MachineFile;
import dev.breakeven.results.PointRecord;
import dev.breakeven.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sweep's folder: {@code results.json} (JMH's own JSON: one result per point, its forks merged as JMH
 * merges a multi-fork run), {@code machine.json} (the {@link MachineFile}: the machine, the command line, and
 * a record per point with its forks) and {@code logs/}. Both JSON files are rewritten atomically after every
 * fork, so killing the sweep at any moment leaves every finished fork readable and resumable.
 */
public final class RunDirectory {

    public static final String RESULTS = "results.json";
    public static final String MACHINE = "machine.json";

    private final Path dir;
    private final Map<Point, ObjectNode> results;
    private MachineFile machine;

    private RunDirectory(Path dir, Map<Point, ObjectNode> results, MachineFile machine) {
        this.dir = dir;
        this.results = results;
        this.machine = machine;
    }

    /** Creates {@code root/name} (which must not exist yet) and writes its machine.json. */
    public static RunDirectory create(Path root, String name, MachineFile machine) throws IOException {
        Path dir = Files.createDirectories(root).resolve(name);
        Files.createDirectory(dir);
        Files.createDirectories(dir.resolve("logs"));
        RunDirectory run = new RunDirectory(dir, new java.util.LinkedHashMap<>(), machine);
        run.save();
        return run;
    }

    /** Opens an interrupted run to resume it. */
    public static RunDirectory open(Path dir) throws SweepInputException {
        Path machineFile = dir.resolve(MACHINE);
        if (!Files.isRegularFile(machineFile)) {
            throw new SweepInputException("--resume " + dir + " is not a breakeven run: it has no " + MACHINE
                    + " (give a folder under results/ that a sweep created)");
        }
        MachineFile machine;
        try {
            machine = ResultsJson.readMachine(Files.readAllBytes(machineFile));
        } catch (IOException e) {
            throw new SweepInputException(machineFile + " is not a breakeven machine.json (" + firstLine(e.getMessage())
                    + "); it was not written by breakeven, or was edited");
        }
        if (machine.points().isEmpty()) {
            throw new SweepInputException("--resume " + dir + ": " + MACHINE + " has no plan; it was not written"
                    + " by 'breakeven run' (start a new run instead)");
        }
        Map<Point, ObjectNode> results = new java.util.LinkedHashMap<>();
        Path resultsFile = dir.resolve(RESULTS);
        if (Files.isRegularFile(resultsFile)) {
            JsonNode node;
            try {
                node = ResultsJson.MAPPER.readTree(resultsFile.toFile());
            } catch (IOException e) {
                throw new SweepInputException(resultsFile + " is not valid JSON (" + firstLine(e.getMessage())
                        + "); it was not written by breakeven, or was edited");
            }
            if (!node.isArray()) {
                throw new SweepInputException(resultsFile + " is not JMH JSON (expected an array of benchmark results)");
            }
            for (JsonNode r : node) {
                results.put(Point.fromParams(params(r.path("params"))), (ObjectNode) r);
            }
        }
        try {
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new SweepInputException("--resume " + dir + " is not writable: " + e.getMessage());
        }
        return new RunDirectory(dir, results, machine);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }

    private static Map<String, String> params(JsonNode node) {
        Map<String, String> params = new HashMap<>();
        for (String key : new String[] {"task", "weight", "strategy", "workers", "batch"}) {
            params.put(key, node.path(key).asText());
        }
        return params;
    }

    public Path dir() {
        return dir;
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public MachineFile machine() {
        return machine;
    }

    /** The point's record; every planned point has one. */
    public Optional<PointRecord> record(Point point) {
        return machine.points().stream().filter(r -> Point.of(r).equals(point)).findFirst();
    }

    /** The point's JMH result so far (its forks merged), if any fork was kept. */
    public Optional<ObjectNode> result(Point point) {
        return Optional.ofNullable(results.get(point));
    }

    /** Replaces the point's record (and its JMH result, when {@code result} is not null) and rewrites both files. */
    public synchronized void update(PointRecord record, ObjectNode result) throws IOException {
        Point point = Point.of(record);
        List<PointRecord> points = new ArrayList<>(machine.points());
        int i = indexOf(points, point);
        if (i < 0) {
            points.add(record);
        } else {
            points.set(i, record);
        }
        machine = machine.withPoints(points);
        if (result != null) {
            results.put(point, result);
        }
        save();
    }

    /** Replaces the run-wide facts (sampling, resumes) and rewrites both files. */
    public synchronized void update(MachineFile newMachine) throws IOException {
        machine = newMachine;
        save();
    }

    private static int indexOf(List<PointRecord> points, Point point) {
        for (int i = 0; i < points.size(); i++) {
            if (Point.of(points.get(i)).equals(point)) {
                return i;
            }
        }
        return -1;
    }

    /** Rewrites both files atomically: results.json first, so a fork is never recorded without its data. */
    public synchronized void save() throws IOException {
        ArrayNode array = ResultsJson.MAPPER.createArrayNode();
        results.values().forEach(array::add);
        AtomicFiles.write(dir.resolve(RESULTS), ResultsJson.MAPPER.writeValueAsBytes(array));
        AtomicFiles.write(dir.resolve(MACHINE), ResultsJson.write(machine));
    }
}
