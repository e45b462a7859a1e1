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
 * one unit per curve. Which param is which axis is {@link Axes}'s decision.
 */
public final class RunLoader {

    public static final String RESULTS = "results.json";
    public static final String MACHINE = "machine.json";

    private RunLoader() {
    }

    /** Loads a run directory or a JMH JSON file, recognising its axes. */
    public static Run load(Path input) throws ReportInputException {
        return load(input, AxisOverrides.NONE);
    }

    /** Loads a run directory or a JMH JSON file, with the axes the user named in {@code overrides}. */
    public static Run load(Path input, AxisOverrides overrides) throws ReportInputException {
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
        List<JmhResult> read = JmhJson.read(results);
        Axes axes = Axes.recognise(results, read, overrides);
        List<Measurement> measurements = normalise(results, read, axes, notes);
        MachineInfo machine = MachineInfo.unknown(name);
        boolean hasMachine = false;
        if (machineFile != null && Files.exists(machineFile)) {
            try {
                machine = MachineJson.read(machineFile, name);
                hasMachine = true;
                machine.planNotes().forEach(n -> notes.add("The sweep's plan: " + n + "."));
            } catch (ReportInputException e) {
                notes.add("machine.json could not be used (" + e.getMessage() + "); the report goes on without it.");
            }
        }
        return new Run(name.isBlank() ? "run" : name, results, machine, hasMachine, measurements, notes, axes);
    }

    /** {@link #normalise(Path, List, Axes, List)} with the axes recognised. */
    public static List<Measurement> normalise(Path file, List<JmhResult> results, List<String> notes)
            throws ReportInputException {
        return normalise(file, results, Axes.recognise(file, results, AxisOverrides.NONE), notes);
    }

    /**
     * Converts JMH results to measurements in seconds per operation along {@code axes}, marking the baseline
     * strategy's, and checks the worker dimension and units. Results whose score is not a finite number are
     * left out and named in {@code notes}.
     */
    public static List<Measurement> normalise(Path file, List<JmhResult> results, Axes axes, List<String> notes)
            throws ReportInputException {
        Set<Integer> workerCounts = new TreeSet<>();
        for (JmhResult r : results) {
            workerCounts.add(axes.workers(r));
        }
        if (workerCounts.size() == 1) {
            throw ReportInputException.of(file, "has a single worker count (" + workerCounts.iterator().next()
                    + "), so there is nothing to compare",
                    "rerun with at least two worker counts, e.g. " + (axes.workers().isParam()
                            ? "-p " + axes.workers().param() + "=1,2,4,8" : "JMH's -t 1,2,4,8"));
        }
        Map<JmhResult, String> taskNames = taskNames(results, axes);
        Map<String, String> unitOfCurve = new HashMap<>();
        Map<String, Measurement> byPoint = new LinkedHashMap<>();
        List<String> unscored = new ArrayList<>();
        for (JmhResult r : results) {
            Units.ScoreUnit unit = Units.parse(r.unit());
            String curve = r.benchmark() + " " + r.mode() + " " + withoutWorkers(r.params(), axes);
            String earlier = unitOfCurve.putIfAbsent(curve, r.unit());
            if (earlier != null && !earlier.equals(r.unit())) {
                throw ReportInputException.of(file, "mixes units within one curve: " + shortName(r.benchmark()) + " "
                        + withoutWorkers(r.params(), axes) + " has results in " + earlier + " and in " + r.unit(),
                        "give each unit's results in its own file, or rerun with one -tu time unit");
            }
            if (!Double.isFinite(r.score()) || r.score() <= 0) {
                unscored.add("#" + r.index() + " " + shortName(r.benchmark()) + " " + r.params());
                continue;
            }
            int workers = axes.workers(r);
            boolean threadScaled = axes.threadScaled(r);
            double perThread = threadScaled && !unit.throughput() ? workers : 1;
            double seconds = unit.secondsPerOp(r.score()) / perThread;
            double error = unit.secondsPerOpError(r.score(), r.scoreError()) / perThread;
            double[][] raw = java.util.Arrays.stream(r.rawData())
                    .map(fork -> java.util.Arrays.stream(fork).filter(v -> v > 0)
                            .map(v -> unit.secondsPerOp(v) / perThread).toArray())
                    .filter(fork -> fork.length > 0).toArray(double[][]::new);
            String strategy = axes.strategy(r);
            int batch = (int) Math.max(1, Math.round(orOne(parseNumber(r.params().getOrDefault("batch", "1")))));
            Measurement m = new Measurement(taskNames.get(r), axes.weight(r), strategy, workers, batch, r.benchmark(),
                    r.mode(), threadScaled, seconds, Double.isFinite(error) ? Math.abs(error) : 0, raw, r.unit(),
                    axes.isBaseline(strategy));
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

    /**
     * Names each result's task ({@link Axes#taskBase}), with the mode when one task was measured in several
     * modes, the benchmark when two benchmarks share a task name, and the params that are no axis.
     */
    private static Map<JmhResult, String> taskNames(List<JmhResult> results, Axes axes) {
        Map<String, Set<String>> modes = new HashMap<>();
        Map<String, Set<String>> benchmarks = new HashMap<>();
        for (JmhResult r : results) {
            String base = axes.taskBase(r);
            modes.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(r.mode());
            benchmarks.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(axes.taskSource(r));
        }
        Map<JmhResult, String> names = new HashMap<>();
        for (JmhResult r : results) {
            String base = axes.taskBase(r);
            StringBuilder name = new StringBuilder(base);
            if (benchmarks.get(base).size() > 1) {
                name.append(" (").append(shortName(axes.taskSource(r))).append(')');
            }
            if (modes.get(base).size() > 1) {
                name.append(" (").append(r.mode()).append(')');
            }
            Map<String, String> other = new TreeMap<>(r.params());
            other.keySet().removeAll(axes.axisParams());
            if (!axes.threadScaled(r) && r.threads() > 1) {
                other.put("threads", Integer.toString(r.threads()));
            }
            if (!other.isEmpty()) {
                name.append(' ').append(other.toString().replace('{', '[').replace('}', ']'));
            }
            names.put(r, name.toString());
        }
        return names;
    }

    /** {@code dev.breakeven.bench.BatchBenchmark.runBatch} → {@code BatchBenchmark.runBatch}. */
    public static String shortName(String benchmark) {
        int last = benchmark.lastIndexOf('.');
        int before = last > 0 ? benchmark.lastIndexOf('.', last - 1) : -1;
        return benchmark.substring(before + 1);
    }

    private static Map<String, String> withoutWorkers(Map<String, String> params, Axes axes) {
        Map<String, String> m = new TreeMap<>(params);
        if (axes.workers().isParam()) {
            m.remove(axes.workers().param());
        }
        return m;
    }

    /** A param's value as a number ({@code 1_000} allowed); NaN when it is none. */
    static double parseNumber(String s) {
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
