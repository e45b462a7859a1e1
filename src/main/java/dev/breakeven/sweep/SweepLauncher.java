package dev.breakeven.sweep;

import dev.breakeven.results.MachineFile;
import dev.breakeven.results.PointRecord;
import dev.breakeven.results.Snapshot;
import dev.breakeven.results.TaskRecord;
import dev.breakeven.tasks.TaskPlugins;
import dev.breakeven.tasks.TaskType;
import dev.breakeven.tasks.command.CommandPlugin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Starts or resumes a sweep: plans the points and fits them into the time budget, creates the run directory
 * and its machine.json, and runs the sweep. Everything that can be wrong with the user's input is found before
 * anything is written.
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
        SweepOptions.Measure m = options.measure();
        SparkCluster spark = SparkCluster.ask(m.strategies(), options.debugging().forkJvm(), out);
        int cores = spark.cores(m.planCores() > 0 ? m.planCores() : facts.logicalCores() - options.limits().leaveCores());
        WorkerCounts counts = new WorkerCounts(cores, m.profile().coarseWorkers(), spark.maxWorkers(m.maxWorkers()),
                m.workers());
        SweepPlan.Request request = new SweepPlan.Request(m.profile(), m.tasks(), m.strategies(), m.weights(), counts,
                m.batch(), options.debugging().forkJvm().feature(), m.namedStrategies());
        SweepPlan draft = SweepPlan.of(request);
        if (draft.points().isEmpty()) {
            throw new SweepInputException("nothing to measure: the chosen --tasks/--strategies/--weights leave no"
                    + " point (" + String.join("; ", draft.skipped()) + ")");
        }
        if (options.debugging().check() && !options.output().dryRun()) {
            if (options.debugging().injectFailure() != null) {
                System.setProperty("breakeven.inject-failure", options.debugging().injectFailure());
            }
            TaskCheck.run(draft.points(), options.debugging().taskTimeout(), out);
        }
        Calibration calibration = Calibration.measure(draft.points(), options.debugging().taskTimeout(), out);
        ForkArchive archive = ForkArchive.none(); // without a probe, no fork is risked on writing one
        if (m.planCores() == 0) {
            archive = archive(options); // the probe's first fork writes it
            calibration = calibration.withForkSeconds(ForkProbe.measure(runner(options, archive), m.profile(),
                    options.debugging().jmh(), out));
        }
        PlanFitter.Fitted fitted = PlanFitter.fit(request, m.budget(), m.minForks(), m.maxForks(), calibration);
        if (options.output().dryRun()) {
            describe(fitted, options);
            return new Finished(null, fitted.plan().points().size(), 0);
        }
        if (fitted.overBudget()) {
            out.println("WARNING: " + fitted.tooBig().getMessage() + ". Measuring the thinnest plan anyway: it will"
                    + " take longer than the budget.");
        } else if (!fitted.fits()) {
            out.println("Note: " + fitted.littleLeft() + ".");
        }
        Snapshot start = new Preflight(facts, out).check(cores, options.limits().waitIdleMinutes());
        RunDirectory run = create(options, fitted, start);
        spark.describe(run);
        return sweep(run, options, new ForkCost(cores, m.profile(), calibration), fitted.plan().skipped(), archive);
    }

    /** What a sweep would measure and how long it would take: per task, its weights, strategies and worker counts. */
    private void describe(PlanFitter.Fitted fitted, SweepOptions options) {
        SweepOptions.Measure m = options.measure();
        SweepPlan plan = fitted.plan();
        out.printf("Plan: %d points (profile %s, batch %d, N = %d cores%s; %d to %d forks per point, %s).%n",
                plan.points().size(), m.profile().id(), m.batch(), fitted.counts().cores(),
                m.planCores() > 0 ? ", planned for another machine" : "", m.minForks(), m.maxForks(),
                plan.density().description());
        Map<String, List<Point>> byTask = new LinkedHashMap<>();
        plan.points().forEach(p -> byTask.computeIfAbsent(p.task(), t -> new ArrayList<>()).add(p));
        byTask.forEach((task, points) -> out.printf("  %-14s %3d points  ~%s  weights %s  strategies %s  workers %s%n",
                task, points.size(), Budgets.clock(seconds(m.minForks() * points.stream()
                        .mapToDouble(fitted.cost()::seconds).sum())), distinct(points, Point::weight),
                distinct(points, Point::strategy), distinct(points, Point::workers)));
        plan.skipped().forEach(s -> out.println("Note: " + s));
        out.printf("Estimated time: %s (first pass %s at %d forks per point; then more forks where the answer is"
                        + " undecided, within the budget %s; build and report not included).%n",
                Budgets.clock(seconds(fitted.expectedSeconds())), Budgets.clock(seconds(fitted.firstPassSeconds())),
                m.minForks(), Budgets.format(m.budget()));
        if (fitted.overBudget()) {
            out.println("Over budget: " + fitted.tooBig().getMessage() + ".");
        } else if (!fitted.fits()) {
            out.println("Note: " + fitted.littleLeft() + ".");
        }
        out.println("Nothing was measured or written (--dry-run).");
    }

    private static Duration seconds(double s) {
        return Duration.ofSeconds(Math.round(s));
    }

    private static String distinct(List<Point> points, Function<Point, ?> field) {
        return points.stream().map(field).distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Continues the run in {@code dir} with the settings it was started with. */
    public Finished resume(Path dir, SweepOptions options)
            throws SweepInputException, IOException, InterruptedException {
        RunDirectory run = RunDirectory.open(dir);
        SparkCluster.ask(options.measure().strategies(), options.debugging().forkJvm(), out);
        List<PointRecord> points = run.machine().points();
        long done = points.stream().filter(r -> r.keptForks() > 0 || r.missingResult()).count();
        out.printf("Resuming %s: %d of %d points measured so far (%d forks).%n", dir, done, points.size(),
                points.stream().mapToLong(PointRecord::keptForks).sum());
        int cores = facts.logicalCores() - options.limits().leaveCores();
        Snapshot resumed = new Preflight(facts, out).check(cores, options.limits().waitIdleMinutes());
        run.update(run.machine().withResumed(resumed));
        List<Point> plan = points.stream().map(Point::of).toList();
        ForkArchive archive = archive(options);
        Calibration calibration = Calibration.measure(plan, options.debugging().taskTimeout(), out)
                .withForkSeconds(ForkProbe.measure(runner(options, archive), options.profile(),
                        options.debugging().jmh(), out));
        return sweep(run, options, new ForkCost(cores, options.profile(), calibration), List.of(), archive);
    }

    private Finished sweep(RunDirectory run, SweepOptions options, ForkCost cost, List<String> skipped,
            ForkArchive archive) throws IOException, SweepInputException {
        skipped.forEach(s -> out.println("Note: " + s));
        out.printf("Measuring %d points into %s (JMH output per fork in %s)%n", run.machine().points().size(),
                run.dir(), run.logs());
        PointRunner runner = runner(options, archive);
        SweepOptions.Limits limits = options.limits();
        PointGate gate = limits.force() ? PointGate.OPEN : new MemoryGate(
                p -> TaskType.byId(p.task()).workingSetBytes(p.weight()),
                p -> p.task().equals(CommandPlugin.NAME), facts.totalMemory(),
                facts::availableMemory, limits.forkHeapBytes(), limits.maxMemoryBytes());
        int problems = new Sweep(run, runner, gate, facts, cost, out).run();
        return new Finished(run.dir(), run.machine().points().size(), problems);
    }

    private static PointRunner runner(SweepOptions options, ForkArchive archive) {
        return new PointRunner(options.debugging().jmh(), options.profile(), options.debugging().forkJvm().path(),
                forkJvmArgs(options), options.output().verbose(), options.debugging().taskTimeout(), archive);
    }

    /** The class-data archive this sweep's forks share ({@link ForkArchive}). */
    private static ForkArchive archive(SweepOptions options) {
        return ForkArchive.forForks(options.debugging().forkJvm().feature(), userJvmArgs(options));
    }

    private static List<String> userJvmArgs(SweepOptions options) {
        List<String> user = new ArrayList<>(options.debugging().jmh().getJvmArgs().orElse(List.of()));
        user.addAll(options.debugging().jmh().getJvmArgsAppend().orElse(List.of()));
        return user;
    }

    private static List<String> forkJvmArgs(SweepOptions options) {
        List<String> user = userJvmArgs(options);
        List<String> args = new ArrayList<>(ForkHeap.flags(options.limits().forkHeapBytes(), user));
        if (options.debugging().injectFailure() != null) {
            args.add("-Dbreakeven.inject-failure=" + options.debugging().injectFailure());
        }
        if (options.limits().payloadBytes() > 0) {
            args.add("-Dbreakeven.process.payload-bytes=" + options.limits().payloadBytes());
        }
        args.addAll(SparkCluster.forkJvmArgs(options.measure().strategies()));
        args.addAll(TaskPlugins.jvmArgs());
        return args;
    }

    private RunDirectory create(SweepOptions options, PlanFitter.Fitted fitted, Snapshot start)
            throws SweepInputException {
        SweepOptions.Measure m = options.measure();
        ForkJvm fork = options.debugging().forkJvm();
        Map<String, TaskRecord> tasks = new LinkedHashMap<>();
        for (TaskType t : m.tasks()) {
            // per unit at the heaviest weight planned, so the report's heaviest × per unit is that weight's need
            long heaviest = fitted.plan().points().stream().filter(p -> p.task().equals(t.id()))
                    .mapToLong(Point::weight).max().orElse(1);
            tasks.put(t.id(), new TaskRecord(t.kind().label(), t.unit(), t.weights().asMap(), t.standsFor(),
                    t.workingSetBytes(heaviest) / (double) heaviest, t.tasksPerPass(1).isPresent()));
        }
        List<PointRecord> points = fitted.plan().points().stream()
                .map(p -> PointRecord.planned(p.task(), p.weight(), p.strategy(), p.workers(), p.batch(), false))
                .toList();
        String label = options.output().label();
        MachineFile machine = new MachineFile(label, facts.host(), facts.os(), facts.cpuModel(),
                facts.physicalCores(), facts.logicalCores(), facts.machineLogicalCores(), facts.totalMemory(),
                new MachineFile.Jvm(System.getProperty("java.vendor"), Runtime.version().toString(),
                        fork.path() == null ? ProcessHandle.current().info().command().orElse("java") : fork.path(),
                        fork.version()),
                "breakeven run " + String.join(" ", options.output().arguments()), options.output().arguments(),
                m.profile().id(), m.batch(),
                new MachineFile.Sampling(m.minForks(), m.maxForks(), m.budget().toSeconds(), 0,
                        Instant.now().toEpochMilli(), null, m.weights().isEmpty()),
                new MachineFile.Caps(options.limits().leaveCores(), options.limits().maxMemoryBytes(),
                        options.limits().forkHeapBytes()),
                options.limits().payloadBytes(), start, List.of(), tasks, fitted.plan().skipped(), points);
        String host = facts.host();
        String name = (label.equals(host) ? host : label + "-" + host) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path root = options.output().resultsRoot();
        try {
            return RunDirectory.create(root, name.replaceAll("[^A-Za-z0-9._-]", "_"), machine);
        } catch (IOException e) {
            throw new SweepInputException("cannot write results under " + root.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable folder"
                    + " with --results");
        }
    }
}
