package dev.breakeven.report.summary;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Baseline;
import dev.breakeven.report.analysis.BatchCost;
import dev.breakeven.stats.Estimate;
import dev.breakeven.report.analysis.BestWorkers;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.DispatchOverhead;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.analysis.UslFit;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.results.StrategyNames;
import dev.breakeven.stats.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The findings as sentences a person can say on a slide. Pure functions from the analysis to text.
 */
public final class Findings {

    private Findings() {
    }

    /** Findings that concern the whole run: the headline, and busy / failed points. */
    public static List<String> run(RunAnalysis run) {
        List<String> out = new ArrayList<>();
        MachineInfo m = run.machine();
        // the lightest per-task size from which anything measurably paid, from the one rule every task uses
        Optional<TaskAnalysis> everywhere = run.tasks().stream().filter(t -> t.headline()
                .filter(b -> b.breakEven().payoff() == BreakEven.Payoff.PAYS_EVERYWHERE).isPresent())
                .min(Comparator.comparingDouble(t -> t.headline().get().breakEven().lightestMicros()));
        Optional<TaskAnalysis> earliest = run.tasks().stream().filter(t -> t.earliestBreakEven().isPresent())
                .min(Comparator.comparingDouble(t -> t.earliestBreakEven().get().breakEven().microsPerTask().value()));
        if (everywhere.isPresent()) {
            StrategyBreakEven b = everywhere.get().headline().get();
            out.add("On " + machine(m) + ", even tasks of " + Format.micros(b.breakEven().lightestMicros()) + " ("
                    + everywhere.get().task() + ", the lightest measured) ran measurably faster in parallel ("
                    + b.strategy() + ", " + workers(b.workers()) + ", batches of " + b.batch()
                    + "): the break-even lies below the sizes measured.");
        }
        if (earliest.isPresent()) {
            StrategyBreakEven b = earliest.get().earliestBreakEven().get();
            out.add("On " + machine(m) + ", parallel work " + (everywhere.isPresent() ? "otherwise " : "")
                    + "started to pay from " + Phrases.micros(b.breakEven().microsPerTask()) + " of work per task ("
                    + earliest.get().task() + ", " + b.strategy() + " with " + workers(b.workers()) + ", batches of "
                    + b.batch() + "); below that, parallel was slower or not measurably different from a loop.");
        } else if (everywhere.isEmpty() && !run.tasks().isEmpty() && run.tasks().stream().allMatch(TaskAnalysis::neverPays)) {
            out.add("On " + machine(m) + ", no parallel strategy was measurably faster than a plain loop for any task"
                    + " at the sizes measured.");
        }
        int busy = run.busyCount();
        if (busy > 0) {
            out.add(busy + (busy == 1 ? " point was" : " points were") + " measured while the machine was busy"
                    + " (other processes used half a core or more during a fork); a busy fork is set aside and"
                    + " measured again, and kept only when the machine is busy again (those points are ringed on the"
                    + " charts); all are listed below.");
        }
        int missing = run.missingCount() + (int) run.unmatched().stream().filter(MachineInfo.PointStatus::isMissingResult).count();
        if (missing > 0) {
            out.add(missing + (missing == 1 ? " point has" : " points have") + " no result (failed or memory-limited);"
                    + " they are marked × on the speedup charts and listed below with their reasons.");
        }
        return out;
    }

    /** Findings for one task, most important first. */
    public static List<String> task(TaskAnalysis t, MachineInfo m) {
        List<String> out = new ArrayList<>();
        Optional<Curve> bestCurve = t.bestCurve();
        if (bestCurve.isPresent()) {
            Curve c = bestCurve.get();
            BestWorkers b = c.best();
            double s = b.fastestSpeedup().value();
            Verdict fastest = c.at(b.fastestWorkers()).map(ScalingPoint::verdict).orElse(Verdict.INDISTINGUISHABLE);
            if (fastest == Verdict.FASTER) {
                out.add("On " + machine(m) + ", " + t.task() + " runs at best " + Phrases.speedup(b.fastestSpeedup())
                        + " faster than " + baseline(t) + ", with " + how(t, c, b.fastestWorkers()) + ".");
            } else {
                out.add("On " + machine(m) + ", no parallel strategy made " + t.task() + " measurably faster than "
                        + baseline(t) + " (best " + Phrases.speedup(b.fastestSpeedup()) + ", with "
                        + how(t, c, b.fastestWorkers()) + ": " + fastest.label() + ").");
            }
            if (b.workers() < c.maxWorkers() && fastest == Verdict.FASTER) {
                String sentence = t.task() + " stops paying beyond " + workers(b.workers()) + context(t, c)
                        + ": more workers are not measurably faster";
                if (b.slowerBeyond() > 0) {
                    sentence += ", and past " + workers(b.slowerBeyond()) + " it gets measurably slower";
                }
                out.add(sentence + ".");
            } else if (fastest == Verdict.FASTER) {
                out.add(t.task() + " still gains up to the most workers measured (" + c.maxWorkers() + ")"
                        + context(t, c) + ".");
            }
        }
        t.headline().ifPresent(h -> out.add(breakEvenSentence(t, h)));
        if (!t.dispatchOverheads().isEmpty()) {
            List<String> parts = t.dispatchOverheads().stream()
                    .sorted(Comparator.comparingDouble(d -> d.nanosPerTask().value()))
                    .map(d -> d.strategy() + " " + Phrases.overhead(d)).toList();
            out.add("Handing one task to a single worker costs " + String.join("; ", parts)
                    + " — measured as 1 worker against the loop at " + t.shortWeightLabel(t.dispatchOverheads().get(0).weight())
                    + ", batches of " + t.dispatchOverheads().get(0).batch() + ".");
        }
        batchCost(t).ifPresent(out::add);
        uslCurve(t).ifPresentOrElse(c -> {
            UslFit f = c.usl().fit();
            String peak = Double.isFinite(f.peakWorkers().value())
                    ? "throughput peaks near " + Format.plusMinus(f.peakWorkers().value(), f.peakWorkers().error(), 2) + " workers"
                    : "throughput never falls in the model (κ = 0)";
            out.add("USL fit" + context(t, c) + ": contention σ = "
                    + Format.plusMinus(f.sigma().value(), f.sigma().error(), 3) + ", coherency κ = "
                    + Format.plusMinus(f.kappa().value(), f.kappa().error(), 3) + "; " + peak + ".");
        }, () -> t.curvesOf(t.mainStrategy()).stream().reduce((a, b) -> b).ifPresent(c -> {
            String reason = c.usl().reason();
            if (reason != null) {
                String amdahl = c.amdahl().asOptional().map(f -> " Amdahl's serial fraction there is "
                        + Format.plusMinus(f.sigma().value(), f.sigma().error(), 2) + ".").orElse("");
                out.add("No USL fit for " + t.task() + ": " + reason + "." + amdahl);
            }
        }));
        memoryWall(t, m).ifPresent(out::add);
        if (t.baselineKind() != Baseline.Kind.SEQUENTIAL) {
            out.add("No sequential loop was measured for " + t.task() + ": speedups are relative to "
                    + t.baselineKind().description().replaceFirst(" \\(.*", "") + ", and the charts say \"1 worker\".");
        }
        return out;
    }

    /**
     * What the batch does to the break-even, where the run measured a point at several batch sizes: the
     * per-batch cost of the main strategy at N (or its most workers) and what it adds to each task.
     */
    static Optional<String> batchCost(TaskAnalysis t) {
        return t.batchCosts().stream().filter(b -> b.strategy().equals(t.mainStrategy()))
                .max(Comparator.comparingInt(BatchCost::workers)).map(b -> {
                    Estimate a = b.perBatchSeconds().times(1e6);
                    String cost = a.lower() > 0 ? Phrases.micros(a).replace("≈ ", "")
                            : "not measurably above 0 (at most " + Format.micros(Math.max(0, a.upper())) + ")";
                    int small = b.batches().get(0);
                    int large = b.batches().get(b.batches().size() - 1);
                    return "One batch of " + t.task() + " under " + b.strategy() + " with " + workers(b.workers())
                            + " costs " + cost + " besides its tasks (" + t.shortWeightLabel(b.weight())
                            + ", batches of " + small + " and " + large + "): it adds about "
                            + Format.micros(Math.max(0, a.value()) / small) + " to each task in batches of " + small
                            + " and " + Format.micros(Math.max(0, a.value()) / large) + " in batches of " + large
                            + ", so the break-even moves with the batch.";
                });
    }

    /** The task's break-even as a sentence, by the one payoff rule. */
    static String breakEvenSentence(TaskAnalysis t, StrategyBreakEven h) {
        BreakEven b = h.breakEven();
        String who = h.strategy() + " with " + workers(h.workers()) + " (batches of " + h.batch() + ")";
        return switch (b.payoff()) {
            case PAYS_FROM -> "For " + t.task() + ", parallel pays from " + Phrases.micros(b.microsPerTask())
                    + " per task (≈ " + Format.significant(b.weight().value(), 2) + " " + t.unit() + "), first with "
                    + who + "; below that it is slower or not measurably different from the loop." + repeatability(b.microsPerTask());
            case PAYS_EVERYWHERE -> "Even at the lightest weight measured (" + Format.micros(b.lightestMicros())
                    + " per task), " + who + " is measurably faster than the loop: the break-even lies below the"
                    + " measured range.";
            case NEVER_PAYS -> "Up to the heaviest weight measured (" + Format.micros(b.heaviestMicros())
                    + " per task), no parallel strategy is measurably faster than a loop for " + t.task() + ".";
            case NO_CROSSING_SHOWN -> "For " + t.task() + ", no break-even is shown: the speedup of " + who
                    + " crosses 1 near " + Format.micros(b.microsPerTask().value()) + " per task, but its 95 %"
                    + " interval is not bounded inside the measured range" + (b.atHeaviest() == Verdict.FASTER ? ""
                    : ", and even the heaviest weight is not measurably faster") + ".";
        };
    }

    /**
     * How far another run may put a break-even before its sentence says so: the repeatability the adaptive pass
     * aims at (an interval within ×1.25 either side repeats within about 1.37×).
     */
    static final double REPEAT_TARGET = 1.5;

    /** How wide a break-even's interval may be before the sentence also calls the figure rough. */
    static final double ROUGH_SPAN = 4;

    /**
     * A second sentence for a break-even that another run of the same profile may put more than
     * {@link #REPEAT_TARGET}× away ({@link dev.breakeven.stats.Estimate#repeatFactor()}: few or scattered forks next
     * to the crossing, or a speedup that rises slowly through 1); empty otherwise.
     */
    static String repeatability(dev.breakeven.stats.Estimate micros) {
        double factor = micros.repeatFactor();
        if (!Double.isFinite(factor) || factor <= REPEAT_TARGET) {
            return "";
        }
        double span = micros.upper() / micros.lower();
        return " Another run may put it up to " + Format.significant(factor, 2) + "× away (95 %; its interval is "
                + Format.significant(span, 2) + "× wide" + (span > ROUGH_SPAN ? ", so the figure is rough" : "")
                + "); more forks (a longer profile) narrow it.";
    }

    /** The curve whose USL fit is quoted: the main strategy's heaviest weight that has a fit. */
    static Optional<Curve> uslCurve(TaskAnalysis t) {
        List<Curve> curves = t.curvesOf(t.mainStrategy());
        for (int i = curves.size() - 1; i >= 0; i--) {
            if (curves.get(i).usl().fitted()) {
                return Optional.of(curves.get(i));
            }
        }
        return Optional.empty();
    }

    /** Share of the machine's memory left to others when counting how many workers fit. */
    static final double LEAVE_FREE = 0.20;

    /**
     * The memory wall for a task whose every worker holds a working set: at the heaviest weight measured, how
     * many workers fit in this machine's memory leaving 20% to others, next to the fastest worker count.
     */
    static Optional<String> memoryWall(TaskAnalysis t, MachineInfo m) {
        double perUnit = t.taskInfo().map(MachineInfo.TaskInfo::workingSetBytesPerUnit).orElse(0.0);
        if (perUnit <= 0 || m.memoryBytes() <= 0 || t.weights().isEmpty()) {
            return Optional.empty();
        }
        double heaviest = t.weights().get(t.weights().size() - 1);
        long fit = (long) Math.floor(m.memoryBytes() * (1 - LEAVE_FREE) / (heaviest * perUnit));
        String fastest = t.curve(heaviest, t.mainStrategy()).map(c -> "; the fastest measured there was "
                + workers(c.best().fastestWorkers())).orElse("");
        return Optional.of(String.format("Memory: at %s each worker holds %s, so at most %s fit in %s leaving %.0f%%"
                        + " to others (breakeven recommend --task-memory SIZE)%s.", t.weightLabel(heaviest),
                Format.bytes(heaviest * perUnit), workers((int) Math.min(Integer.MAX_VALUE, fit)),
                Format.bytes(m.memoryBytes()), LEAVE_FREE * 100, fastest));
    }

    /** One line per failed, memory-limited or skipped point, with its reason. */
    public static String describe(MachineInfo.PointStatus p) {
        StringBuilder s = new StringBuilder();
        s.append(p.task());
        if (Double.isFinite(p.weight())) {
            s.append(", weight ").append(Format.number(p.weight()));
        }
        if (p.strategy() != null) {
            s.append(", ").append(p.strategy());
        }
        s.append(", ").append(workers(p.workers()));
        s.append(": ").append(p.status());
        if (p.reason() != null && !p.reason().isBlank()) {
            s.append(" — ").append(p.reason().strip().replaceAll("\\s+", " "));
        }
        if (p.busy() && Double.isFinite(p.loadAverage())) {
            s.append(" (load ").append(Format.significant(p.loadAverage(), 2)).append(')');
        }
        if (p.setAside() > 0) {
            s.append(p.setAside() == 1 ? " (1 busy fork set aside, measured again)"
                    : " (" + p.setAside() + " busy forks set aside, measured again)");
        }
        return s.toString();
    }

    /** "fixed-pool and 4 workers at heavy (4,000,000 iterations)", leaving out what the benchmark lacks. */
    static String how(TaskAnalysis t, Curve c, int p) {
        String s = (StrategyNames.DEFAULT.equals(c.strategy()) ? "" : c.strategy() + " and ") + workers(p);
        return Double.isNaN(c.weight()) ? s : s + " at " + t.weightLabel(c.weight());
    }

    /** " (fixed-pool, heavy)", or less, or nothing, for what the benchmark has. */
    static String context(TaskAnalysis t, Curve c) {
        List<String> parts = new ArrayList<>();
        if (!StrategyNames.DEFAULT.equals(c.strategy())) {
            parts.add(c.strategy());
        }
        if (!Double.isNaN(c.weight())) {
            parts.add(t.shortWeightLabel(c.weight()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static String baseline(TaskAnalysis t) {
        return t.baselineKind() == Baseline.Kind.SEQUENTIAL ? "a loop" : "1 worker";
    }

    static String machine(MachineInfo m) {
        return m.logicalCores() > 0 ? m.label() + " (" + m.cores() + ")" : m.label();
    }

    public static String workers(int p) {
        return p + (p == 1 ? " worker" : " workers");
    }

    public static String speedup(dev.breakeven.stats.Estimate s) {
        return Phrases.speedup(s);
    }

    public static String nanos(DispatchOverhead d) {
        return Phrases.overhead(d);
    }
}
