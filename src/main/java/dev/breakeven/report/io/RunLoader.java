package dev.breakeven.report.io;

import dev.breakeven.report.ReportInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a run directory ({@code results.json} + optional {@code machine.json}) or a bare JMH JSON file into a
 * {@link Run}, checking what the analysis relies on: a worker dimension with at least two worker counts, and
 * one unit per curve.
 */
public final class RunLoader {

    public static final String RESULTS = "results.json";
    public static final String MACHINE = "machine.json";

    /** Params that place a point; every other param becomes part of the task's name. */
    private static final Set<String> AXES = Set.of("task", "weight", "strategy", "workers", "batch");

    private RunLoader() {
    }

    /** Loads a run directory or a JMH JSON file. */
    public static Run load(Path input) throws ReportInputException {
        Path path = input.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw ReportInputException.of(input, "no such file or directory",
                    "give a run directory (holding results.json) or a JMH JSON file written with -rf json");
        }
        Path results;
        String name;
        Path machineFile = null;
        if (Files.isDirectory(path)) {
            results = path.resolve(RESULTS);
            if (!Files.isRegularFile(results)) {
                throw ReportInputException.of(input, "is a directory without " + RESULTS,
                        "give a run directory written by the sweep, or the JMH JSON file itself");
            }
            name = fileName(path);
            machineFile = path.resolve(MACHINE);
        } else {
            results = path;
            String file = fileName(path);
            if (file.equals(RESULTS) && path.getParent() != null && path.getParent().getFileName() != null) {
                name = fileName(path.getParent());
                machineFile = path.resolveSibling(MACHINE);
            } else {
                name = file.toLowerCase(Locale.ROOT).endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            }
        }
        List<String> notes = new ArrayList<>();
        List<Measurement> measurements = normalise(results, JmhJson.read(results), notes);
        MachineInfo machine = MachineInfo.unknown(name);
        boolean hasMachine = false;
        if (machineFile != null && Files.exists(machineFile)) {
            try {
                machine = MachineJson.read(machineFile, name);
                hasMachine = true;
            } catch (ReportInputException e) {
                notes.add("machine.json could not be used (" + e.getMessage() + "); the report goes on without it.");
            }
        }
        return new Run(name.isBlank() ? "run" : name, results, machine, hasMachine, measurements, notes);
    }

    /**
     * Converts JMH results to measurements in seconds per operation and checks the worker dimension and units.
     * Results whose score is not a finite number are left out and named in {@code notes}.
     */
    public static List<Measurement> normalise(Path file, List<JmhResult> results, List<String> notes)
            throws ReportInputException {
        boolean workersParam = results.stream().anyMatch(r -> r.params().containsKey("workers"));
        Set<Integer> workerCounts = new TreeSet<>();
        for (JmhResult r : results) {
            workerCounts.add(workers(file, r));
        }
        if (!workersParam && workerCounts.size() == 1) {
            throw ReportInputException.of(file, "has no worker dimension: no benchmark has a \"workers\" @Param and every one ran with "
                    + workerCounts.iterator().next() + " thread(s)",
                    "sweep the worker count, e.g. -p workers=1,2,4,8 or JMH's -t 1,2,4,8");
        }
        if (workerCounts.size() == 1) {
            throw ReportInputException.of(file, "has a single worker count (" + workerCounts.iterator().next()
                    + "), so there is nothing to compare",
                    "rerun with at least two worker counts, e.g. -p workers=1,2,4,8");
        }
        Map<JmhResult, String> taskNames = taskNames(results);
        Map<String, String> unitOfCurve = new HashMap<>();
        Map<String, Measurement> byPoint = new LinkedHashMap<>();
        List<String> unscored = new ArrayList<>();
        for (JmhResult r : results) {
            Units.ScoreUnit unit = Units.parse(r.unit());
            String curve = r.benchmark() + " " + r.mode() + " " + withoutWorkers(r.params());
            String earlier = unitOfCurve.putIfAbsent(curve, r.unit());
            if (earlier != null && !earlier.equals(r.unit())) {
                throw ReportInputException.of(file, "mixes units within one curve: " + shortName(r.benchmark()) + " "
                        + withoutWorkers(r.params()) + " has results in " + earlier + " and in " + r.unit(),
                        "give each unit's results in its own file, or rerun with one -tu time unit");
            }
            if (!Double.isFinite(r.score()) || r.score() <= 0) {
                unscored.add("#" + r.index() + " " + shortName(r.benchmark()) + " " + r.params());
                continue;
            }
            int workers = workers(file, r);
            boolean threadScaled = !r.params().containsKey("workers");
            double perThread = threadScaled && !unit.throughput() ? workers : 1;
            double seconds = unit.secondsPerOp(r.score()) / perThread;
            double error = unit.secondsPerOpError(r.score(), r.scoreError()) / perThread;
            double[][] raw = java.util.Arrays.stream(r.rawData())
                    .map(fork -> java.util.Arrays.stream(fork).filter(v -> v > 0)
                            .map(v -> unit.secondsPerOp(v) / perThread).toArray())
                    .filter(fork -> fork.length > 0).toArray(double[][]::new);
            String weightParam = r.params().get("weight");
            double weight = weightParam == null ? Double.NaN : parseNumber(weightParam);
            String strategy = r.params().getOrDefault("strategy", "default");
            int batch = (int) Math.max(1, Math.round(orOne(parseNumber(r.params().getOrDefault("batch", "1")))));
            Measurement m = new Measurement(taskNames.get(r), weight, strategy, workers, batch, r.benchmark(),
                    r.mode(), threadScaled, seconds, Double.isFinite(error) ? Math.abs(error) : 0, raw, r.unit());
            String point = m.curve() + "@" + workers;
            if (byPoint.put(point, m) != null) {
                notes.add("Result #" + r.index() + " repeats an earlier point (" + m.task() + ", " + strategy + ", "
                        + workers + " workers); the later one is used.");
            }
        }
        if (!unscored.isEmpty()) {
            notes.add(unscored.size() + " result(s) had no usable score (NaN, infinite or zero) and were left out: "
                    + String.join("; ", unscored.subList(0, Math.min(5, unscored.size())))
                    + (unscored.size() > 5 ? "; ..." : "") + ".");
        }
        if (byPoint.isEmpty()) {
            throw ReportInputException.of(file, "has no result with a usable score (all are NaN or infinite)",
                    "check the benchmark's output for errors and rerun it");
        }
        return new ArrayList<>(byPoint.values());
    }

    private static int workers(Path file, JmhResult r) throws ReportInputException {
        String w = r.params().get("workers");
        if (w == null) {
            return r.threads();
        }
        double v = parseNumber(w);
        if (!(v >= 1) || v != Math.rint(v)) {
            throw ReportInputException.of(file, "result #" + r.index() + " has workers=\"" + w
                    + "\", which is not a whole number of at least 1", "rerun with -p workers=1,2,4,...");
        }
        return (int) v;
    }

    /**
     * Names each result's task: the {@code task} param or {@code Class.method}, with the mode when one task was
     * measured in several modes, the benchmark when two benchmarks share a task name, and the other params.
     */
    private static Map<JmhResult, String> taskNames(List<JmhResult> results) {
        Map<String, Set<String>> modes = new HashMap<>();
        Map<String, Set<String>> benchmarks = new HashMap<>();
        for (JmhResult r : results) {
            String base = base(r);
            modes.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(r.mode());
            benchmarks.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(r.benchmark());
        }
        Map<JmhResult, String> names = new HashMap<>();
        for (JmhResult r : results) {
            String base = base(r);
            StringBuilder name = new StringBuilder(base);
            if (benchmarks.get(base).size() > 1) {
                name.append(" (").append(shortName(r.benchmark())).append(')');
            }
            if (modes.get(base).size() > 1) {
                name.append(" (").append(r.mode()).append(')');
            }
            Map<String, String> other = new TreeMap<>(r.params());
            other.keySet().removeAll(AXES);
            if (r.params().containsKey("weight") && Double.isNaN(parseNumber(r.params().get("weight")))) {
                other.put("weight", r.params().get("weight"));
            }
            if (r.params().containsKey("workers") && r.threads() > 1) {
                other.put("threads", Integer.toString(r.threads()));
            }
            if (!other.isEmpty()) {
                name.append(' ').append(other.toString().replace('{', '[').replace('}', ']'));
            }
            names.put(r, name.toString());
        }
        return names;
    }

    private static String base(JmhResult r) {
        String task = r.params().get("task");
        return task != null ? task : shortName(r.benchmark());
    }

    /** {@code dev.breakeven.bench.BatchBenchmark.runBatch} → {@code BatchBenchmark.runBatch}. */
    public static String shortName(String benchmark) {
        int last = benchmark.lastIndexOf('.');
        int before = last > 0 ? benchmark.lastIndexOf('.', last - 1) : -1;
        return benchmark.substring(before + 1);
    }

    private static Map<String, String> withoutWorkers(Map<String, String> params) {
        Map<String, String> m = new TreeMap<>(params);
        m.remove("workers");
        return m;
    }

    private static double parseNumber(String s) {
        try {
            return Double.parseDouble(s.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double orOne(double v) {
        return Double.isFinite(v) ? v : 1;
    }

    private static String fileName(Path p) {
        Path f = p.getFileName();
        return f == null ? "run" : f.toString();
    }
}
