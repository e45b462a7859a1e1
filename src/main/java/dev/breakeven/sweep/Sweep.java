package dev.breakeven.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.results.ForkRecord;
import dev.breakeven.results.MachineFile;
import dev.breakeven.results.PointRecord;
import dev.breakeven.results.StrategyNames;
import dev.breakeven.stats.Forks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs a planned sweep fork by fork inside its time budget, and records every fork the moment it ends.
 *
 * <p><b>First pass.</b> Every point gets the minimum number of forks, in rounds: in each round, the points of
 * one task, weight and batch (the sequential loop and every parallel point compared with it) each run one fork,
 * in a random order (Google Benchmark's random interleaving), so drift and a neighbour's burst hit both arms of
 * a speedup rather than one. <b>Adaptive pass.</b> The rest of the budget goes where {@link Adaptive} says: a new
 * weight where a crossing lies between two far-apart ones, forks beside each break-even until its interval is
 * narrow, then the points still undecided.
 *
 * <p>A failed fork fails its point (the sweep goes on). Each fork's checksum is compared with the sequential
 * baseline's for the same task, weight and batch: a strategy that computes something else fails instead of
 * looking fast. A fork during which other processes used half a core or more is set aside once and run again;
 * a second busy fork is kept and its point flagged.
 */
public final class Sweep {

    /** Cores that other processes may use on average during a fork before it is marked busy. */
    static final double BUSY_CORES = 0.5;

    private final RunDirectory run;
    private final PointRunner runner;
    private final PointGate gate;
    private final MachineFacts facts;
    private final ForkCost cost;
    private final PrintStream out;
    private final Adaptive adaptive;
    private final long deadlineNanos;
    private final long startNanos = System.nanoTime();
    private final double spentBefore;

    Sweep(RunDirectory run, PointRunner runner, PointGate gate, MachineFacts facts, ForkCost cost, PrintStream out) {
        this.run = run;
        this.runner = runner;
        this.gate = gate;
        this.facts = facts;
        this.cost = cost;
        this.out = out;
        MachineFile.Sampling s = run.machine().sampling();
        this.adaptive = new Adaptive(cost.cores(), s.minForks(), s.maxForks(), run.machine().batch(), s.seed(),
                s.refineGrid());
        this.spentBefore = s.spentSeconds();
        this.deadlineNanos = startNanos + (long) (Math.max(0, s.budgetSeconds() - s.spentSeconds()) * 1e9);
    }

    /** Measures what is left; returns the number of points that failed or were skipped. */
    public int run() throws IOException, SweepInputException {
        MachineFile.Sampling sampling = run.machine().sampling();
        Random order = new Random(sampling.seed());
        for (int round = 0; round < sampling.minForks(); round++) {
            for (List<Point> block : blocks()) {
                List<Point> shuffled = new ArrayList<>(block);
                java.util.Collections.shuffle(shuffled, order);
                for (Point p : shuffled) {
                    if (live(p) && kept(p) <= round) {
                        fork(p, "first pass " + (round + 1) + "/" + sampling.minForks());
                    }
                }
            }
        }
        String stopped = adaptivePass();
        finish(stopped);
        return (int) run.machine().points().stream().filter(PointRecord::missingResult).count();
    }

    private String adaptivePass() throws IOException, SweepInputException {
        while (true) {
            Optional<Adaptive.Step> step = adaptive.next(run.machine().points(), this::forks);
            if (step.isEmpty()) {
                return "decided";
            }
            if (!step.get().added().isEmpty()) {
                // a new weight is worth it only if its points, and those added before it and not yet topped up,
                // can get their minimum forks in the time left
                int min = run.machine().sampling().minForks();
                double needed = min * step.get().added().stream().mapToDouble(cost::seconds).sum()
                        + run.machine().points().stream().filter(r -> !r.missingResult() && r.keptForks() < min)
                                .mapToDouble(r -> (min - r.keptForks()) * cost.seconds(Point.of(r))).sum();
                if (System.nanoTime() + (long) (needed * 1e9) <= deadlineNanos) {
                    for (Point added : step.get().added()) {
                        run.update(PointRecord.planned(added.task(), added.weight(), added.strategy(), added.workers(),
                                added.batch(), true), null);
                    }
                    out.println("Adding weight " + step.get().added().get(0).weight() + ": " + step.get().why());
                }
                continue;
            }
            double seconds = step.get().forks().stream().mapToDouble(cost::seconds).sum();
            if (System.nanoTime() + (long) (seconds * 1e9) > deadlineNanos) {
                return "budget";
            }
            for (Point p : step.get().forks()) {
                if (live(p)) {
                    fork(p, step.get().why());
                }
            }
        }
    }

    /** Records why each point stopped and how the sweep ended. */
    private void finish(String stopped) throws IOException {
        List<PointRecord> points = new ArrayList<>();
        var speedups = adaptive.speedups(run.machine().points(), this::forks);
        for (PointRecord r : run.machine().points()) {
            points.add(r.missingResult() ? r : r.withStoppingRule(adaptive.stoppingRule(r,
                    Optional.ofNullable(speedups.get(Point.of(r))), stopped.equals("budget"))));
        }
        MachineFile.Sampling s = run.machine().sampling();
        run.update(run.machine().withPoints(points).withSampling(new MachineFile.Sampling(s.minForks(), s.maxForks(),
                s.budgetSeconds(), spent(), s.seed(), stopped, s.refineGrid())));
        out.printf("Sweep %s after %s (budget %s).%n", stopped.equals("budget") ? "used its time budget"
                : "decided every point it could", Budgets.clock(Duration.ofSeconds((long) spent())),
                Budgets.clock(Duration.ofSeconds((long) s.budgetSeconds())));
    }

    private double spent() {
        return spentBefore + (System.nanoTime() - startNanos) / 1e9;
    }

    /** The plan's points grouped by task, weight and batch: one sequential baseline and what is compared with it. */
    private List<List<Point>> blocks() {
        Map<String, List<Point>> blocks = new LinkedHashMap<>();
        for (PointRecord r : run.machine().points()) {
            blocks.computeIfAbsent(r.task() + "/" + r.weight() + "/" + r.batch(), k -> new ArrayList<>()).add(Point.of(r));
        }
        return new ArrayList<>(blocks.values());
    }

    private PointRecord record(Point p) {
        return run.record(p).orElseThrow();
    }

    private boolean live(Point p) {
        return !record(p).missingResult();
    }

    private long kept(Point p) {
        return record(p).keptForks();
    }

    /** A point's kept forks, as the statistics read them (µs per operation). */
    Optional<Forks> forks(Point p) {
        return run.result(p).map(ForkMerge::forks).filter(f -> f.length > 0).map(Forks::of);
    }

    /** Runs one fork of {@code p} and records it; a busy fork is set aside and run once more. */
    private void fork(Point p, String why) throws IOException, SweepInputException {
        PointRecord record = record(p);
        if (record.forks().isEmpty()) {
            Optional<String> blocked = gate.blocks(p);
            if (blocked.isPresent()) {
                run.update(record.withStatus("memory-limited", blocked.get()), null);
                out.println(prefix() + " " + p + " ... skipped: " + blocked.get());
                return;
            }
        }
        int number = record.forks().size() + 1;
        out.print(prefix() + " " + p + ", fork " + number + " (" + why + ") ... ");
        out.flush();
        String stem = String.format("point-%04d-fork-%02d", pointIndex(p), number);
        Path log = run.logs().resolve(stem + ".log");
        Path workerLogs = run.logs().resolve(String.format("point-%04d", pointIndex(p)));
        String startedAt = Instant.now().toString();
        double load = facts.loadAverage();
        long free = facts.availableMemory();
        Map<Integer, Long> othersBefore = facts.othersCpuMillis();
        long start = System.nanoTime();
        PointRunner.Outcome outcome = runner.run(p, cost.warmupIterations(p), cost.measurementIterations(p),
                cost.seconds(p), log, run.logs().resolve(".checksum"), workerLogs);
        long nanos = System.nanoTime() - start;
        double others = MachineFacts.othersCores(othersBefore, facts.othersCpuMillis(), nanos / 1_000_000);
        boolean busy = others >= BUSY_CORES;
        String failure = outcome.failure();
        if (failure == null) {
            failure = checksumMismatch(p, record, outcome.checksum());
        }
        boolean setAside = failure == null && busy && record.forks().stream().noneMatch(f -> !f.kept());
        ForkRecord fork = new ForkRecord(startedAt, nanos / 1e9, load, free, others, busy, failure == null && !setAside,
                run.dir().relativize(log).toString());
        PointRecord updated = record.withFork(fork);
        if (failure != null) {
            run.update(updated.withStatus("failed", failure), null);
            out.println("FAILED: " + failure);
            return;
        }
        updated = updated.withChecksum(outcome.checksum(),
                Files.isDirectory(workerLogs) ? run.dir().relativize(workerLogs).toString() : null);
        String othersNote = busy ? String.format("  (busy: others used %.1f cores)", others) : "";
        if (setAside) {
            run.update(updated, null);
            out.println(scoreLine(outcome) + othersNote + ", set aside: running it again");
            fork(p, "again: the machine was busy");
            return;
        }
        ObjectNode merged = ForkMerge.merge(run.result(p).orElse(null),
                (ObjectNode) JmhFormat.of(outcome.results()).get(0));
        run.update(updated, merged);
        out.println(scoreLine(outcome) + othersNote);
    }

    private int pointIndex(Point p) {
        List<PointRecord> points = run.machine().points();
        for (int i = 0; i < points.size(); i++) {
            if (Point.of(points.get(i)).equals(p)) {
                return i + 1;
            }
        }
        return points.size() + 1;
    }

    private String prefix() {
        long elapsed = (long) spent();
        long budget = (long) run.machine().sampling().budgetSeconds();
        return String.format("[%s of %s]", Budgets.clock(Duration.ofSeconds(elapsed)),
                Budgets.clock(Duration.ofSeconds(budget)));
    }

    /**
     * Null when the checksum agrees with the point's own earlier forks and with the sequential loop's for the
     * same task, weight and batch; else why the point fails.
     */
    private String checksumMismatch(Point p, PointRecord record, String checksum) {
        if (checksum == null) {
            return null;
        }
        if (record.checksum() != null && !record.checksum().equals(checksum)) {
            return "checksum " + checksum + " differs from this point's earlier forks' " + record.checksum()
                    + ": the task is not deterministic";
        }
        if (StrategyNames.isSequential(p.strategy())) {
            return null;
        }
        String expected = run.record(Adaptive.baseline(p)).map(PointRecord::checksum).orElse(null);
        if (expected == null || expected.equals(checksum)) {
            return null;
        }
        return "checksum " + checksum + " differs from the sequential loop's " + expected
                + ": the strategy lost or repeated tasks, or the task's result depends on the thread that runs it";
    }

    private static String scoreLine(PointRunner.Outcome outcome) {
        RunResult r = outcome.results().iterator().next();
        Result<?> score = r.getPrimaryResult();
        return readable(score.getScore()) + " " + score.getScoreUnit();
    }

    /** 3 significant digits without exponents: 0.0123, 42.4, 1,234, 5,123,456. */
    static String readable(double value) {
        if (Math.abs(value) >= 100) {
            return String.format("%,.0f", value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
