package dev.breakeven.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.tasks.TaskType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Starts or resumes a sweep: plans the points, creates the run directory and its machine.json, and runs
 * the sweep. Everything that can be wrong with the user's input is found before anything is written.
 */
public final class SweepLauncher {

    private final MachineFacts facts;
    private final PrintStream out;

    public SweepLauncher(MachineFacts facts, PrintStream out) {
        this.facts = facts;
        this.out = out;
    }

    /**
     * A finished (or resumed-and-finished) sweep: its folder (null after a dry run) and how many points failed
     * or were skipped.
     */
    public record Finished(Path dir, int points, int problems) {
    }

    public Finished start(SweepOptions options) throws SweepInputException, IOException, InterruptedException {
        CommandLineOptions jmh = jmhOptions(options.jmhArguments());
        int cores = usableCores(options);
        WorkerCounts counts = new WorkerCounts(cores, options.profile().coarseWorkers(), options.maxWorkers(),
                options.workers());
        SweepPlan plan = SweepPlan.of(new SweepPlan.Request(options.profile(), options.tasks(),
                options.strategies(), options.weights(), counts, options.batch(), options.forkJvm().feature()));
        if (plan.points().isEmpty()) {
            throw new SweepInputException("nothing to measure: the chosen --tasks/--strategies/--weights leave no"
                    + " point (" + String.join("; ", plan.skipped()) + ")");
        }
        if (options.dryRun()) {
            describe(plan, cores, options);
            return new Finished(null, plan.points().size(), 0);
        }
        if (options.check()) {
            if (options.injectFailure() != null) {
                System.setProperty("breakeven.inject-failure", options.injectFailure());
            }
            TaskCheck.run(plan.points(), out);
        }
        ObjectNode start = Json.MAPPER.createObjectNode();
        new Preflight(facts, out).check(cores, options.waitIdleMinutes(), start);
        RunDirectory run = create(options, plan, start);
        return sweep(run, options, plan.points(), plan.skipped(), jmh);
    }

    /** What a sweep would measure: per task, its weights, strategies and worker counts. */
    private void describe(SweepPlan plan, int cores, SweepOptions options) {
        out.printf("Plan: %d points (profile %s, batch %d, N = %d cores; one JMH fork each).%n",
                plan.points().size(), options.profile().id(), options.batch(), cores);
        Map<String, List<Point>> byTask = new LinkedHashMap<>();
        plan.points().forEach(p -> byTask.computeIfAbsent(p.task(), t -> new ArrayList<>()).add(p));
        byTask.forEach((task, points) -> out.printf("  %-14s %3d points  weights %s  strategies %s  workers %s%n",
                task, points.size(), distinct(points, Point::weight), distinct(points, Point::strategy),
                distinct(points, Point::workers)));
        plan.skipped().forEach(s -> out.println("Note: " + s));
        out.println("Nothing was measured or written (--dry-run).");
    }

    private static String distinct(List<Point> points, Function<Point, ?> field) {
        return points.stream().map(field).distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    private int usableCores(SweepOptions options) throws SweepInputException {
        int logical = facts.logicalCores();
        if (options.leaveCores() < 0 || options.leaveCores() >= logical) {
            throw new SweepInputException("--leave-cores " + options.leaveCores() + " must be between 0 and "
                    + (logical - 1) + " on this machine of " + logical + " logical cores");
        }
        return logical - options.leaveCores();
    }

    /** Continues the run in {@code dir} with the settings it was started with. */
    public Finished resume(Path dir, SweepOptions options)
            throws SweepInputException, IOException, InterruptedException {
        RunDirectory run = RunDirectory.open(dir);
        List<Point> plan = new ArrayList<>();
        run.machine().withArray("plan").forEach(p -> plan.add(new Point(p.path("task").asText(),
                p.path("weight").asLong(), p.path("strategy").asText(), p.path("workers").asInt(),
                p.path("batch").asInt())));
        int done = (int) plan.stream().filter(run.finished()::contains).count();
        out.printf("Resuming %s: %d of %d points already finished.%n", dir, done, plan.size());
        ObjectNode resumed = run.machine().withArray("resumed").addObject();
        new Preflight(facts, out).check(usableCores(options), options.waitIdleMinutes(), resumed);
        facts.snapshot(resumed);
        run.save();
        return sweep(run, options, plan, List.of(), jmhOptions(options.jmhArguments()));
    }

    private Finished sweep(RunDirectory run, SweepOptions options, List<Point> plan, List<String> skipped,
                           CommandLineOptions jmh) throws IOException, SweepInputException {
        skipped.forEach(s -> out.println("Note: " + s));
        out.printf("Measuring %d points into %s (JMH output per point in %s)%n", plan.size(), run.dir(),
                run.logs());
        PointRunner runner = new PointRunner(jmh, options.profile(), options.forkJvm().path(), forkJvmArgs(options),
                options.verbose());
        PointGate gate = options.force() ? PointGate.OPEN : new MemoryGate(
                p -> TaskType.byId(p.task()).workingSetBytes(p.weight()), facts.totalMemory(),
                facts::availableMemory, options.forkHeapBytes(), options.maxMemoryBytes());
        int problems = new Sweep(run, plan, runner, gate, facts, out).run();
        return new Finished(run.dir(), plan.size(), problems);
    }

    private static List<String> forkJvmArgs(SweepOptions options) {
        List<String> args = new ArrayList<>();
        if (options.forkHeapBytes() > 0) {
            args.add("-Xmx" + options.forkHeapBytes() / (1024 * 1024) + "m");
        }
        if (options.injectFailure() != null) {
            args.add("-Dbreakeven.inject-failure=" + options.injectFailure());
        }
        if (options.payloadBytes() > 0) {
            args.add("-Dbreakeven.process.payload-bytes=" + options.payloadBytes());
        }
        return args;
    }

    private static CommandLineOptions jmhOptions(List<String> args) throws SweepInputException {
        try {
            CommandLineOptions jmh = new CommandLineOptions(args.toArray(String[]::new));
            if (jmh.getJvm().hasValue()) {
                throw new SweepInputException("give the forks' JVM as --jvm " + jmh.getJvm().get()
                        + " (before --), not as JMH's -jvm, so the sweep knows which strategies it can run");
            }
            if (!jmh.getIncludes().isEmpty()) {
                throw new SweepInputException("JMH options after -- must not name benchmarks (got "
                        + jmh.getIncludes() + "); use --tasks and --strategies to choose what runs");
            }
            for (ProfilerConfig profiler : jmh.getProfilers()) {
                ProfilerFactory.getProfilerOrException(profiler);
            }
            return jmh;
        } catch (ProfilerException e) {
            throw new SweepInputException("JMH profiler after -- cannot run here: " + e.getMessage().strip()
                    .replaceAll("\\s+", " ") + " (list them with: java -jar target/breakeven.jar jmh -lprof)");
        } catch (CommandLineOptionException e) {
            throw new SweepInputException("JMH options after -- are not valid: " + e.getMessage()
                    + " (see java -jar target/breakeven.jar jmh -h)");
        }
    }

    private RunDirectory create(SweepOptions options, SweepPlan plan, ObjectNode preflight)
            throws SweepInputException {
        ObjectNode machine = Json.MAPPER.createObjectNode();
        machine.put("label", options.label());
        facts.describe(machine);
        ObjectNode jvm = machine.putObject("jvm");
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("version", Runtime.version().toString());
        jvm.put("forkJvm", options.forkJvm().path() == null ? ProcessHandle.current().info().command().orElse("java")
                : options.forkJvm().path());
        jvm.put("forkVersion", options.forkJvm().version());
        machine.put("commandLine", "breakeven run " + String.join(" ", options.arguments()));
        machine.putPOJO("arguments", options.arguments());
        machine.put("profile", options.profile().id());
        machine.put("batch", options.batch());
        ObjectNode caps = machine.putObject("caps");
        caps.put("leaveCores", options.leaveCores());
        caps.put("maxMemoryBytes", options.maxMemoryBytes());
        caps.put("forkHeapBytes", options.forkHeapBytes());
        machine.put("payloadBytes", options.payloadBytes());
        ObjectNode start = machine.putObject("start");
        start.setAll(preflight);
        facts.snapshot(start);
        start.put("processes", facts.processCount());
        ObjectNode tasks = machine.putObject("tasks");
        for (TaskType t : options.tasks()) {
            ObjectNode task = tasks.putObject(t.id());
            task.put("kind", t.kind().label());
            task.put("unit", t.unit());
            task.putPOJO("namedWeights", t.weights().asMap());
            task.put("standsFor", t.standsFor());
            task.put("workingSetBytesPerUnit", t.workingSetBytes(1));
        }
        machine.putPOJO("skipped", plan.skipped());
        ArrayNode planned = machine.putArray("plan");
        plan.points().forEach(p -> planned.addPOJO(p.params()));
        machine.putArray("points");
        String host = facts.host();
        String name = (options.label().equals(host) ? host : options.label() + "-" + host) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path root = options.resultsRoot();
        try {
            return RunDirectory.create(root, name.replaceAll("[^A-Za-z0-9._-]", "_"), machine);
        } catch (IOException e) {
            throw new SweepInputException("cannot write results under " + root.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable folder"
                    + " with --results");
        }
    }

}
