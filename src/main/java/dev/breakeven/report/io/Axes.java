package dev.breakeven.report.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.breakeven.report.ReportInputException;
import dev.breakeven.results.StrategyNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which part of a JMH file is which axis of the analysis, decided once from the whole result list: the
 * worker count, the weight (work per task), the strategy (how work is spread over workers) and the
 * baseline strategy that speedups are measured against.
 *
 * <p>breakeven's own {@code BatchBenchmark} names them {@code workers}, {@code weight} and {@code strategy},
 * with {@code strategy=sequential} as the baseline. Anyone else's benchmark is read by these rules, each of
 * which the user can override ({@link AxisOverrides}):
 * <ul>
 * <li>workers: a param named {@code workers}, {@code threads}, {@code parallelism} or {@code p}, else JMH's
 *     own thread count when it varies ({@code -t 1,2,4});
 * <li>weight: a numeric param named {@code weight}, else the one numeric param with several values (by name
 *     — {@code work}, {@code size}, {@code n}, ... — when several have);
 * <li>strategy: a param named {@code strategy}, {@code impl}, {@code mode}, ..., else the benchmark method
 *     when several methods share a class ({@code pool} and {@code sequential} of one class are then one task);
 * <li>baseline: the strategy named {@code sequential}, {@code serial}, {@code loop} or {@code baseline}.
 * </ul>
 *
 * @param workers where the worker count comes from: a param or JMH's threads
 * @param weight where the weight comes from; {@link Axis.Source#NONE} when every result is its own weight
 * @param strategy where the strategy comes from; {@link Axis.Source#NONE} when there is one ({@code default})
 * @param strategies every strategy, in file order
 * @param baseline the baseline strategy as spelled in the file; null when there is none
 * @param baselineOverridden whether the user named the baseline ({@code --baseline})
 */
public record Axes(Axis workers, Axis weight, Axis strategy, List<String> strategies, String baseline,
        boolean baselineOverridden) {

    /** Worker-count param names, in the order they are preferred. */
    static final List<String> WORKER_NAMES = List.of("workers", "threads", "parallelism", "p");
    /** Strategy param names, in the order they are preferred. */
    static final List<String> STRATEGY_NAMES = List.of("strategy", "impl", "implementation", "mode", "executor",
            "variant");
    /** Names that say "amount of work", used only to choose among several numeric params that vary. */
    static final List<String> WEIGHT_NAMES = List.of("weight", "work", "size", "n", "tokens", "length", "count",
            "iterations", "elements", "items", "bytes");
    /** Baseline strategy names, in the order they are preferred. */
    static final List<String> BASELINE_NAMES = List.of("sequential", "serial", "loop", "baseline");
    /** breakeven's own params that are neither axes nor part of the task's name. */
    private static final Set<String> OWN = Set.of("task", "batch");

    public Axes {
        Objects.requireNonNull(workers);
        Objects.requireNonNull(weight);
        Objects.requireNonNull(strategy);
        strategies = List.copyOf(strategies);
    }

    /**
     * Decides the axes of {@code results} (read from {@code file}).
     *
     * @throws ReportInputException when there is no worker axis, an override names no param or strategy of
     *     the file, or two params could each be the weight (or workers, or strategy) and nothing says which
     */
    public static Axes recognise(Path file, List<JmhResult> results, AxisOverrides overrides)
            throws ReportInputException {
        Map<String, Set<String>> values = new TreeMap<>();
        for (JmhResult r : results) {
            r.params().forEach((k, v) -> values.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
        }
        checkNamed(file, values, "--workers-param", overrides.workersParam());
        checkNamed(file, values, "--weight-param", overrides.weightParam());
        checkNamed(file, values, "--strategy-param", overrides.strategyParam());
        Set<String> claimed = new HashSet<>(OWN);
        claim(file, claimed, "--workers-param", overrides.workersParam());
        claim(file, claimed, "--weight-param", overrides.weightParam());
        claim(file, claimed, "--strategy-param", overrides.strategyParam());

        Axis workers = workers(file, results, values, claimed, overrides.workersParam());
        if (workers.isParam()) {
            claimed.add(workers.param());
        }
        Axis strategy = strategy(file, results, values, claimed, overrides.strategyParam());
        if (strategy.isParam()) {
            claimed.add(strategy.param());
        }
        Axis weight = weight(file, values, claimed, overrides.weightParam());
        checkWholeNumbers(file, results, workers);

        List<String> strategies = results.stream().map(r -> strategyOf(strategy, r)).distinct().toList();
        return new Axes(workers, weight, strategy, strategies, baseline(file, strategies, overrides.baseline()),
                overrides.baseline() != null);
    }

    /** The worker count of one result: its worker param, or JMH's thread count when it has none. */
    public int workers(JmhResult r) {
        String w = workers.isParam() ? r.params().get(workers.param()) : null;
        return w == null ? r.threads() : (int) RunLoader.parseNumber(w);
    }

    /** Whether the result's worker count is JMH's thread count, each thread running its own operations. */
    public boolean threadScaled(JmhResult r) {
        return !(workers.isParam() && r.params().containsKey(workers.param()));
    }

    /** Work per task in the benchmark's own unit; NaN when the file has no weight axis. */
    public double weight(JmhResult r) {
        return weight.isParam() && r.params().containsKey(weight.param())
                ? RunLoader.parseNumber(r.params().get(weight.param())) : Double.NaN;
    }

    /** The result's strategy: its strategy param, its method's name, or {@value StrategyNames#DEFAULT}. */
    public String strategy(JmhResult r) {
        return strategyOf(strategy, r);
    }

    /** Whether {@code strategy} is the baseline every speedup is measured against. */
    public boolean isBaseline(String strategy) {
        return strategy.equals(baseline);
    }

    /** The params that are axes (or breakeven's own {@code task} and {@code batch}): not part of a task's name. */
    public Set<String> axisParams() {
        Set<String> s = new TreeSet<>(OWN);
        for (Axis a : List.of(workers, weight, strategy)) {
            if (a.isParam()) {
                s.add(a.param());
            }
        }
        return s;
    }

    /**
     * What a result's task is named after: the {@code task} param; else the benchmark's class when the method
     * is the strategy (so {@code pool} and {@code sequential} of one class form one task); else
     * {@code Class.method}.
     */
    public String taskBase(JmhResult r) {
        String task = r.params().get("task");
        if (task != null) {
            return task;
        }
        String shortName = RunLoader.shortName(r.benchmark());
        return strategy.source() == Axis.Source.METHOD ? before(shortName) : shortName;
    }

    /** What the task is measured by, to tell apart two benchmarks that would get the same name. */
    public String taskSource(JmhResult r) {
        return strategy.source() == Axis.Source.METHOD ? before(r.benchmark()) : r.benchmark();
    }

    /**
     * One line for the top of the summary, e.g. {@code Axes: workers = param "workers"; weight = param "work";
     * strategy = method name (pool, sequential); baseline = "sequential".}; an axis the user named says so
     * ({@code param "n" from --workers-param}).
     */
    @JsonProperty("line")
    public String line() {
        return "Axes: workers = " + workers.describe("--workers-param")
                + "; weight = " + weight.describe("--weight-param")
                + "; strategy = " + strategy.describe("--strategy-param")
                + (strategy.source() == Axis.Source.NONE ? "" : " (" + String.join(", ", strategies) + ")")
                + "; baseline = " + (baseline == null ? "none (each strategy against its own fewest workers)"
                        : "\"" + baseline + "\"" + (baselineOverridden ? " from --baseline" : "")) + ".";
    }

    private static Axis workers(Path file, List<JmhResult> results, Map<String, Set<String>> values,
            Set<String> claimed, String named) throws ReportInputException {
        if (named != null) {
            return Axis.param(named, true);
        }
        List<String> candidates = byName(values.keySet(), WORKER_NAMES, claimed);
        List<String> varying = candidates.stream().filter(p -> values.get(p).size() > 1).toList();
        if (varying.size() > 1) {
            throw ambiguous(file, "worker count", varying, "--workers-param");
        }
        if (varying.size() == 1) {
            return Axis.param(varying.get(0), false);
        }
        if (results.stream().map(JmhResult::threads).distinct().count() > 1) {
            return Axis.THREADS;
        }
        if (!candidates.isEmpty()) {
            return Axis.param(candidates.get(0), false); // one worker count: RunLoader says so
        }
        throw ReportInputException.of(file, "has no worker dimension: no param is named "
                + String.join(", ", WORKER_NAMES.subList(0, WORKER_NAMES.size() - 1)) + " or "
                + WORKER_NAMES.get(WORKER_NAMES.size() - 1) + ", and every benchmark ran with "
                + results.get(0).threads() + " thread(s) (params: " + listOrNone(values.keySet()) + ")",
                "name the worker-count param with --workers-param NAME, or rerun with -p workers=1,2,4 or JMH's -t 1,2,4");
    }

    private static Axis strategy(Path file, List<JmhResult> results, Map<String, Set<String>> values,
            Set<String> claimed, String named) throws ReportInputException {
        if (named != null) {
            return Axis.param(named, true);
        }
        List<String> candidates = byName(values.keySet(), STRATEGY_NAMES, claimed);
        List<String> varying = candidates.stream().filter(p -> values.get(p).size() > 1).toList();
        if (varying.size() > 1) {
            throw ambiguous(file, "strategy", varying, "--strategy-param");
        }
        if (varying.size() == 1) {
            return Axis.param(varying.get(0), false);
        }
        Map<String, Set<String>> methodsOfClass = results.stream().collect(Collectors.groupingBy(
                r -> before(r.benchmark()), Collectors.mapping(JmhResult::benchmark, Collectors.toSet())));
        if (methodsOfClass.values().stream().anyMatch(m -> m.size() > 1)) {
            return Axis.METHOD;
        }
        return candidates.isEmpty() ? Axis.NONE : Axis.param(candidates.get(0), false);
    }

    private static Axis weight(Path file, Map<String, Set<String>> values, Set<String> claimed, String named)
            throws ReportInputException {
        if (named != null) {
            List<String> notNumbers = values.get(named).stream().filter(v -> Double.isNaN(RunLoader.parseNumber(v))).toList();
            if (!notNumbers.isEmpty()) {
                throw ReportInputException.of(file, "param \"" + named + "\" (--weight-param) has values that are not "
                        + "numbers: " + String.join(", ", notNumbers), "give a param whose values are the work per task");
            }
            return Axis.param(named, true);
        }
        List<String> numeric = values.keySet().stream().filter(p -> !claimed.contains(p))
                .filter(p -> values.get(p).stream().noneMatch(v -> Double.isNaN(RunLoader.parseNumber(v)))).toList();
        List<String> called = byName(numeric, List.of("weight"), Set.of());
        if (!called.isEmpty()) {
            return Axis.param(called.get(0), false);
        }
        List<String> varying = numeric.stream().filter(p -> values.get(p).size() > 1).toList();
        if (varying.size() == 1) {
            return Axis.param(varying.get(0), false);
        }
        if (varying.isEmpty()) {
            return Axis.NONE;
        }
        List<String> workLike = byName(varying, WEIGHT_NAMES, Set.of());
        if (workLike.size() == 1) {
            return Axis.param(workLike.get(0), false);
        }
        throw ambiguous(file, "weight", varying, "--weight-param");
    }

    private static String baseline(Path file, List<String> strategies, String named) throws ReportInputException {
        if (named != null) {
            return strategies.stream().filter(s -> s.equalsIgnoreCase(named)).findFirst()
                    .orElseThrow(() -> ReportInputException.of(file, "has no strategy or method \"" + named
                            + "\" (--baseline)", "name one of its strategies: " + String.join(", ", strategies)));
        }
        for (String name : BASELINE_NAMES) {
            for (String s : strategies) {
                if (s.equalsIgnoreCase(name)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static void checkNamed(Path file, Map<String, Set<String>> values, String option, String named)
            throws ReportInputException {
        if (named != null && !values.containsKey(named)) {
            throw ReportInputException.of(file, "has no param \"" + named + "\" (" + option + ")",
                    values.isEmpty() ? "its benchmarks have no params: leave out " + option
                            : "name one of its params: " + String.join(", ", new TreeSet<>(values.keySet())));
        }
    }

    private static void claim(Path file, Set<String> claimed, String option, String named)
            throws ReportInputException {
        if (named != null && !claimed.add(named)) {
            throw ReportInputException.of(file, "param \"" + named + "\" is given to " + option
                    + " and to another axis (or is breakeven's own task or batch)", "give each axis its own param");
        }
    }

    private static void checkWholeNumbers(Path file, List<JmhResult> results, Axis workers)
            throws ReportInputException {
        if (!workers.isParam()) {
            return;
        }
        for (JmhResult r : results) {
            String w = r.params().get(workers.param());
            double v = w == null ? 1 : RunLoader.parseNumber(w);
            if (!(v >= 1) || v != Math.rint(v)) {
                throw ReportInputException.of(file, "result #" + r.index() + " has " + workers.param() + "=\"" + w
                        + "\", which is not a whole number of at least 1",
                        "rerun with -p " + workers.param() + "=1,2,4,..." + (workers.overridden() ? ""
                                : ", or name the worker-count param with --workers-param NAME"));
            }
        }
    }

    private static ReportInputException ambiguous(Path file, String axis, List<String> params, String option) {
        return ReportInputException.of(file, "could take its " + axis + " from any of the params "
                + String.join(", ", params), "choose one with " + option + " " + params.get(0));
    }

    /** The params whose names are in {@code names} (ignoring case), in the order of {@code names}. */
    private static List<String> byName(Iterable<String> params, List<String> names, Set<String> claimed) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            for (String p : params) {
                if (p.equalsIgnoreCase(name) && !claimed.contains(p) && !found.contains(p)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private static String strategyOf(Axis strategy, JmhResult r) {
        return switch (strategy.source()) {
            case PARAM -> r.params().getOrDefault(strategy.param(), StrategyNames.DEFAULT);
            case METHOD -> after(r.benchmark());
            default -> StrategyNames.DEFAULT;
        };
    }

    private static String listOrNone(Set<String> params) {
        return params.isEmpty() ? "none" : String.join(", ", new TreeSet<>(params));
    }

    /** {@code a.b.C.m} → {@code a.b.C}. */
    private static String before(String dotted) {
        int last = dotted.lastIndexOf('.');
        return last < 0 ? dotted : dotted.substring(0, last);
    }

    /** {@code a.b.C.m} → {@code m}. */
    private static String after(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }
}
