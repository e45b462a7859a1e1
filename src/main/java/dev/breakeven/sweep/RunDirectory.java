package dev.breakeven.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One sweep's folder: {@code results.json} (JMH's own JSON, every finished point), {@code machine.json}
 * (the machine, the command line, the plan, and a record per point: status, load, free memory) and
 * {@code logs/} (JMH's output per point). Both JSON files are rewritten atomically after every point, so
 * killing the sweep at any moment leaves every finished point readable and resumable.
 */
public final class RunDirectory {

    public static final String RESULTS = "results.json";
    public static final String MACHINE = "machine.json";

    private final Path dir;
    private final ArrayNode results;
    private final ObjectNode machine;

    private RunDirectory(Path dir, ArrayNode results, ObjectNode machine) {
        this.dir = dir;
        this.results = results;
        this.machine = machine;
    }

    /** Creates {@code root/name} (which must not exist yet) and writes its machine.json. */
    public static RunDirectory create(Path root, String name, ObjectNode machine) throws IOException {
        Path dir = Files.createDirectories(root).resolve(name);
        Files.createDirectory(dir);
        Files.createDirectories(dir.resolve("logs"));
        if (!machine.has("points")) {
            machine.putArray("points");
        }
        RunDirectory run = new RunDirectory(dir, Json.MAPPER.createArrayNode(), machine);
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
        ObjectNode machine = readObject(machineFile);
        if (!machine.has("plan") || !machine.get("plan").isArray()) {
            throw new SweepInputException("--resume " + dir + ": " + MACHINE + " has no plan; it was not written"
                    + " by 'breakeven run' (start a new run instead)");
        }
        Path resultsFile = dir.resolve(RESULTS);
        ArrayNode results = Files.isRegularFile(resultsFile) ? readArray(resultsFile) : Json.MAPPER.createArrayNode();
        if (!machine.has("points")) {
            machine.putArray("points");
        }
        try {
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new SweepInputException("--resume " + dir + " is not writable: " + e.getMessage());
        }
        return new RunDirectory(dir, results, machine);
    }

    private static ObjectNode readObject(Path file) throws SweepInputException {
        JsonNode node = read(file);
        if (!node.isObject()) {
            throw new SweepInputException(file + " is not a JSON object; is this a breakeven run folder?");
        }
        return (ObjectNode) node;
    }

    private static ArrayNode readArray(Path file) throws SweepInputException {
        JsonNode node = read(file);
        if (!node.isArray()) {
            throw new SweepInputException(file + " is not JMH JSON (expected an array of benchmark results)");
        }
        return (ArrayNode) node;
    }

    private static JsonNode read(Path file) throws SweepInputException {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SweepInputException(file + " is not valid JSON (" + e.getOriginalMessage()
                    + "); it was not written by breakeven, or was edited");
        } catch (IOException e) {
            throw new SweepInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public ObjectNode machine() {
        return machine;
    }

    /** Points already finished (measured, failed or skipped for memory), from both files. */
    public Set<Point> finished() {
        Set<Point> done = new LinkedHashSet<>();
        for (JsonNode r : results) {
            done.add(Point.fromParams(params(r.path("params"))));
        }
        for (JsonNode p : machine.withArray("points")) {
            if (!"interrupted".equals(p.path("status").asText())) {
                done.add(Point.fromParams(params(p)));
            }
        }
        return done;
    }

    private static Map<String, String> params(JsonNode node) {
        Map<String, String> params = new HashMap<>();
        for (String key : new String[] {"task", "weight", "strategy", "workers", "batch"}) {
            params.put(key, node.path(key).asText());
        }
        return params;
    }

    /** Adds one point's record (and its JMH results, if it was measured) and rewrites both files. */
    public synchronized void record(ObjectNode pointRecord, ArrayNode jmhResults) throws IOException {
        results.addAll(jmhResults);
        machine.withArray("points").add(pointRecord);
        save();
    }

    /** Rewrites both files atomically: results.json first, so a point is never recorded without its data. */
    public synchronized void save() throws IOException {
        AtomicFiles.write(dir.resolve(RESULTS), Json.MAPPER.writeValueAsBytes(results));
        AtomicFiles.write(dir.resolve(MACHINE), Json.MAPPER.writeValueAsBytes(machine));
    }
}
