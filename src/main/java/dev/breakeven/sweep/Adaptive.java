package dev.breakeven.sweep;

import dev.breakeven.results.PointRecord;
import dev.breakeven.results.StrategyNames;
import dev.breakeven.stats.Crossing;
import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Speedup;
import dev.breakeven.stats.Verdict;
import dev.breakeven.tasks.TaskType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Where the sweep's next forks go once every point has its first-pass forks (Kalibera &amp; Jones 2013: add
 * repetitions where the interval is still too wide; BenchmarkDotNet: run until the accuracy target is met).
 * In order:
 * <ol>
 * <li><b>Refine the grid</b> where the answer is: when the main strategy at N workers crosses S = 1 between two
 * measured weights more than {@value #REFINE_RATIO}× apart, add a weight between them where the crossing is
 * interpolated ({@link #newWeightLog}), for the loop and that strategy (once per task here, breadth first across
 * tasks; never when the user chose the weights). Every task's weight is added before any is measured, so that
 * their forks are then interleaved: topped up one weight after another, a new weight's 3 forks of each arm fell
 * within 8 s, and a quick run whose pool was slow for those seconds read arithmetic's speedup at its new weight
 * (3,123) 0.89 from them (pool forks 440, 407, 500 µs a batch) and 1.05 from the pool's next 3, 20–30 s later
 * (377, 388, 387).</li>
 * <li><b>Top up</b> points that have fewer than the minimum forks (points added to the grid), one fork each a
 * round, in random order.</li>
 * <li><b>Extend the grid below</b> once per task when the main arm's break-even lies next to its lightest weight
 * and the report's interval is open below it: a weight {@value #EXTEND_RATIO}× lighter (at least 1), for the loop
 * and that strategy ({@link #extendBelow}).</li>
 * <li><b>Settle the break-even</b>: while a main arm's crossing is known no better than ×{@value
 * #CROSSING_PRECISION} either side (95 %), one more fork for whichever of the four arms beside it narrows the
 * crossing most ({@link #sharpestCrossingFork}); settled once the delta method and the report's own bootstrap
 * interval ({@link #settled}) both say so.</li>
 * <li><b>Refine again</b>, up to {@value #MAX_REFINEMENTS} weights per task, once every break-even is settled. A
 * refinement costs the minimum forks twice over (6 forks in quick): a quick run that refined first and settled
 * after spent its whole adaptive pass on 9 refinements and left every crossing's neighbours at 3 forks; in
 * simulated quick runs of arithmetic with 12 adaptive forks, back-to-back crossings agreed within 1.5× in 0.91
 * of pairs with two refinements first, 0.95 with one, and for ensemble (its loop's forks sometimes 1.6× slow)
 * 0.60 and 0.78.</li>
 * <li><b>Decide</b> the undecided: a point whose speedup is not measurably different from 1 gets one more
 * fork, with one of its sequential baseline, in random order (both arms see the same moment of the machine);
 * points next to the break-even first (the two weights it falls between, or the lightest weight when every
 * weight measured was at least as fast as the loop), then the fewest forks. One worker is the loop plus the
 * hand-over, as fast as the loop once tasks outweigh it: only its lightest weight, where the dispatch overhead
 * is read, takes part (a quiet standard run once spent a third of its adaptive time on one worker at heavy
 * weights, 7 s a fork, while the lightest weights next to ensemble's break-even stayed at 5 forks).</li>
 * <li><b>Sharpen</b>: points whose 95 % interval is wider than ±{@value #PRECISION} of the speedup, widest
 * first.</li>
 * </ol>
 * A point stops at the maximum forks. Nothing left: the sweep stops early ({@code decided}).
 */
final class Adaptive {

    static final double REFINE_RATIO = 2.5;
    static final int MAX_REFINEMENTS = 3;
    static final double PRECISION = 0.05;
    /** A break-even is settled when its 95 % interval reaches no further than this factor either side. */
    static final double CROSSING_PRECISION = 1.25;
    /** How much lighter than the lightest measured weight a weight added below it is. */
    static final double EXTEND_RATIO = 4;

    /** What to run next: forks of existing points, and points to add to the plan first. */
    record Step(List<Point> forks, List<Point> added, String why) {
    }

    private final int cores;
    private final int minForks;
    private final int maxForks;
    private final int profileBatch;
    private final java.util.Random random;
    private final Map<String, Integer> refinements = new HashMap<>();
    private final java.util.Set<String> extended = new java.util.HashSet<>();

    private final boolean refineGrid;

    Adaptive(int cores, int minForks, int maxForks, int profileBatch, long seed, boolean refineGrid) {
        this.refineGrid = refineGrid;
        this.cores = cores;
        this.minForks = minForks;
        this.maxForks = maxForks;
        this.profileBatch = profileBatch;
        this.random = new java.util.Random(seed);
    }

    /**
     * The next step, or empty when every point is decided, precise enough or at its maximum forks.
     *
     * @param points every point's record
     * @param forks a point's kept forks, if it has any
     */
    Optional<Step> next(List<PointRecord> points, Function<Point, Optional<Forks>> forks) {
        List<PointRecord> live = points.stream().filter(r -> !r.missingResult()).toList();
        Map<Point, Speedup> speedups = speedups(live, forks);
        Map<String, double[]> brackets = brackets(speedups);
        Optional<Step> refine = refineGrid ? refine(live, brackets, 1) : Optional.empty();
        if (refine.isPresent()) {
            return refine;
        }
        List<Point> topUp = live.stream().filter(r -> r.keptForks() < minForks).map(Point::of).toList();
        if (!topUp.isEmpty()) {
            List<Point> order = new ArrayList<>(topUp);
            java.util.Collections.shuffle(order, random);
            return Optional.of(new Step(order, List.of(), "top-up"));
        }
        Optional<Step> extend = refineGrid ? extendBelow(live, speedups, brackets, forks) : Optional.empty();
        if (extend.isPresent()) {
            return extend;
        }
        Optional<Point> crossing = sharpestCrossingFork(live, speedups, brackets, forks);
        if (crossing.isPresent()) {
            return Optional.of(new Step(List.of(crossing.get()), List.of(), "crossing"));
        }
        refine = refineGrid ? refine(live, brackets, MAX_REFINEMENTS) : Optional.empty();
        if (refine.isPresent()) {
            return refine;
        }
        Comparator<Map.Entry<Point, Speedup>> nearCrossingFirst = Comparator
                .comparingInt((Map.Entry<Point, Speedup> e) -> nearCrossing(e.getKey(), brackets) ? 0 : 1)
                .thenComparingLong(e -> kept(points, e.getKey()));
        Map<String, Long> lightest = lightestWeights(speedups);
        Optional<Point> undecided = speedups.entrySet().stream()
                .filter(e -> e.getValue().verdict() == Verdict.INDISTINGUISHABLE && kept(points, e.getKey()) < maxForks)
                .filter(e -> e.getKey().workers() > 1 || e.getKey().weight() == lightest.get(arm(e.getKey())))
                .sorted(nearCrossingFirst).map(Map.Entry::getKey).findFirst();
        if (undecided.isPresent()) {
            return Optional.of(pair(points, undecided.get(), "undecided"));
        }
        Optional<Point> imprecise = speedups.entrySet().stream()
                .filter(e -> relativeHalfWidth(e.getValue().estimate()) > PRECISION && kept(points, e.getKey()) < maxForks)
                .max(Comparator.comparingDouble(e -> relativeHalfWidth(e.getValue().estimate())))
                .map(Map.Entry::getKey);
        return imprecise.map(p -> pair(points, p, "imprecise"));
    }

    /** Why a point got no more forks, once the sweep has stopped ({@code budget}: the time ran out). */
    String stoppingRule(PointRecord r, Optional<Speedup> speedup, boolean budgetSpent) {
        if (StrategyNames.isSequential(r.strategy())) {
            return "baseline";
        }
        if (r.keptForks() >= maxForks) {
            return "max-forks";
        }
        if (speedup.isEmpty()) {
            return budgetSpent ? "budget" : "first-pass";
        }
        if (speedup.get().verdict() != Verdict.INDISTINGUISHABLE) {
            return relativeHalfWidth(speedup.get().estimate()) <= PRECISION || !budgetSpent ? "decided" : "budget";
        }
        return budgetSpent ? "budget" : "first-pass";
    }

    /** The speedup of every parallel point whose baseline and own forks number at least the minimum. */
    Map<Point, Speedup> speedups(List<PointRecord> live, Function<Point, Optional<Forks>> forks) {
        Map<Point, Speedup> speedups = new HashMap<>();
        for (PointRecord r : live) {
            if (StrategyNames.isSequential(r.strategy()) || r.keptForks() < minForks) {
                continue;
            }
            Point p = Point.of(r);
            Optional<Forks> base = forks.apply(baseline(p)).filter(f -> f.count() >= minForks);
            Optional<Forks> own = forks.apply(p);
            if (base.isPresent() && own.isPresent()) {
                speedups.put(p, Speedup.of(base.get(), own.get()));
            }
        }
        return speedups;
    }

    private Step pair(List<PointRecord> points, Point p, String why) {
        List<Point> run = new ArrayList<>(List.of(p));
        if (kept(points, baseline(p)) < 2L * maxForks) {
            run.add(baseline(p));
        }
        java.util.Collections.shuffle(run, random);
        return new Step(run, List.of(), why);
    }

    /**
     * Breadth first: the task refined the fewest times so far, then the widest bracket (in log weight), so every
     * task's crossing gets a weight between its far-apart neighbours before any task gets a second one (depth first,
     * in a quick run of 40 s left, ensemble and two heavy tasks took every refinement and arithmetic's crossing
     * stayed between weights 5.5× apart).
     */
    private Optional<Step> refine(List<PointRecord> live, Map<String, double[]> brackets, int limit) {
        List<Map.Entry<String, double[]>> order = brackets.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, double[]> e) -> refinements.getOrDefault(
                        taskOf(e.getKey()), 0)).thenComparingDouble(e -> -e.getValue()[1] / e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .toList();
        for (Map.Entry<String, double[]> e : order) {
            String task = taskOf(e.getKey());
            if (!isMainArm(live, e.getKey()) || refinements.getOrDefault(task, 0) >= limit) {
                continue;
            }
            long lo = (long) e.getValue()[0];
            long hi = (long) e.getValue()[1];
            long mid = Math.round(Math.exp(newWeightLog(e.getValue())));
            if ((double) hi / lo <= REFINE_RATIO || mid <= lo || mid >= hi) {
                continue;
            }
            Optional<List<Point>> added = newWeight(live, e.getKey(), mid);
            if (added.isEmpty()) {
                continue;
            }
            refinements.merge(task, 1, Integer::sum);
            return Optional.of(new Step(List.of(), added.get(), "refine " + task + " between weights " + lo
                    + " and " + hi));
        }
        return Optional.empty();
    }

    /**
     * Where a refinement's weight goes, in log: at the crossing interpolated between the bracket's two speedups
     * (regula falsi), kept to the middle half of the bracket so that a noisy speedup cannot put it next to a
     * weight already measured. A weight where S is near 1 pins the crossing down best; the halfway weight
     * needed a second refinement for most crossings, and in simulated quick runs of arithmetic (×30-apart named
     * weights, 12 adaptive forks) two back-to-back crossings agreed within 1.5× in 0.83 of pairs with halfway
     * weights, 0.91 with these.
     */
    static double newWeightLog(double[] bracket) {
        double lo = Math.log(bracket[0]);
        double hi = Math.log(bracket[1]);
        double crossing = lo + (1 - bracket[2]) / (bracket[3] - bracket[2]) * (hi - lo);
        return Math.max(lo + 0.25 * (hi - lo), Math.min(hi - 0.25 * (hi - lo), crossing));
    }

    /**
     * The fork that narrows an unsettled break-even most: for each task's main arm (the strategy and worker count
     * the grid is refined for) whose crossing lies between two measured weights, the delta-method variance of
     * ln w* ({@link dev.breakeven.stats.Crossing#logCrossing}'s interpolation, its sensitivities as in {@code
     * Crossing.degreesOfFreedom}) is the sum over the four arms beside it of g² (se/mean)²; while its 95 %
     * half-width exceeds ln {@value #CROSSING_PRECISION}, the arm whose next fork removes the largest share of
     * its crossing's variance, g² (se/mean)² / (n + 1) over the sum, gets it (Neyman allocation within a task: the
     * loop's forks differ by 0.5 % where the pool's differ by 10–20 %, so the pool's arm gets most of them; a point
     * stops at the maximum forks, its baseline at twice that). The share, not the amount, so that every task's
     * break-even narrows: ranked by amount, ensemble's noisy loop took 17 of a quick run's 26 crossing forks.
     * Points next to a crossing are often decided already (S = 0.9 ± 0.05 is slower), yet the crossing is
     * interpolated from them: without this step, quick runs spent their adaptive time on refinements and left
     * every bracket at 3 forks, and back-to-back break-evens differed by up to 1.8×.
     */
    private Optional<Point> sharpestCrossingFork(List<PointRecord> live, Map<Point, Speedup> speedups,
            Map<String, double[]> brackets, Function<Point, Optional<Forks>> forks) {
        Point best = null;
        double bestGain = 0;
        for (Map.Entry<String, double[]> e : brackets.entrySet()) {
            double[] b = e.getValue();
            if (b[0] == b[1] || !isMainArm(live, e.getKey())) {
                continue;
            }
            Point lo = pointAt(speedups, e.getKey(), (long) b[0]);
            Point hi = pointAt(speedups, e.getKey(), (long) b[1]);
            double span = Math.log(b[1] / b[0]) / Math.pow(b[3] - b[2], 2);
            double gLo = span * b[2] * (b[3] - 1);
            double gHi = span * b[3] * (1 - b[2]);
            Point[] arms = {baseline(lo), lo, baseline(hi), hi};
            double[] g = {gLo, gLo, gHi, gHi};
            double variance = 0;
            double welchDenominator = 0;
            double[] relVar = new double[4];
            int[] n = new int[4];
            for (int i = 0; i < 4; i++) {
                Forks f = forks.apply(arms[i]).orElseThrow();
                relVar[i] = Math.pow(f.standardError() / f.mean(), 2);
                n[i] = f.count();
                double part = g[i] * g[i] * relVar[i];
                variance += part;
                welchDenominator += part * part / Math.max(1, f.degreesOfFreedom());
            }
            Crossing reported = crossing(speedups, e.getKey(), forks);
            if (!(halfWidth95(variance, variance * variance / welchDenominator) > Math.log(CROSSING_PRECISION))
                    && settled(reported)) {
                continue;
            }
            Optional<Point> heavier = heavierDip(speedups, e.getKey(), hi, reported, forks);
            if (heavier.isPresent()) {
                return heavier;
            }
            for (int i = 0; i < 4; i++) {
                int cap = i % 2 == 0 ? 2 * maxForks : maxForks;
                double gain = g[i] * g[i] * relVar[i] / (n[i] + 1) / variance;
                if (n[i] < cap && gain > bestGain) {
                    best = arms[i];
                    bestGain = gain;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A fork for a heavier weight that holds the crossing's interval open above its bracket: the bootstrap puts an
     * arm's crossing at the lightest weight from which S ≥ 1 at every heavier one, so a heavier point measured with
     * few forks whose speedup might still be below 1 stretches the interval past {@code hi} however many forks the
     * four arms beside the crossing get. In a standard run, arithmetic crossed near 880 (S = 1.01 at 917, 1.10 at
     * 1,264, 20 and 10 forks) but its interval reached 37 µs a task, because S = 1.21 at 12,000 rested on 3 forks
     * (the pool's 5,907, 7,155 and 5,958 µs). When the interval reaches past the next weight above {@code hi}, the
     * point at that weight or heavier with the lowest 95 % lower bound of S, if below 1, gets a fork for the
     * noisier of its two arms (its share of the variance, as in {@link #sharpestCrossingFork}).
     */
    private Optional<Point> heavierDip(Map<Point, Speedup> speedups, String arm, Point hi, Crossing reported,
            Function<Point, Optional<Forks>> forks) {
        OptionalLong next = speedups.keySet().stream()
                .filter(p -> arm(p).equals(arm) && p.weight() > hi.weight()).mapToLong(Point::weight).min();
        if (next.isEmpty() || !(reported.weight().upper() > next.getAsLong())) {
            return Optional.empty();
        }
        Optional<Point> dip = speedups.entrySet().stream()
                .filter(x -> arm(x.getKey()).equals(arm) && x.getKey().weight() >= next.getAsLong())
                .filter(x -> x.getValue().estimate().lower() < 1)
                .min(Comparator.comparingDouble(x -> x.getValue().estimate().lower())).map(Map.Entry::getKey);
        if (dip.isEmpty()) {
            return Optional.empty();
        }
        Point pool = dip.get();
        Forks p = forks.apply(pool).orElseThrow();
        Forks b = forks.apply(baseline(pool)).orElseThrow();
        double poolShare = Math.pow(p.standardError() / p.mean(), 2) / (p.count() + 1);
        double baselineShare = Math.pow(b.standardError() / b.mean(), 2) / (b.count() + 1);
        boolean poolRoom = p.count() < maxForks;
        boolean baselineRoom = b.count() < 2 * maxForks;
        if (poolRoom && (poolShare >= baselineShare || !baselineRoom)) {
            return Optional.of(pool);
        }
        return baselineRoom ? Optional.of(baseline(pool)) : Optional.empty();
    }

    /**
     * The 95 % half-width of ln w* by the delta method: Student's t at the Welch–Satterthwaite degrees of freedom
     * of the four arms, as the reported crossing's interval has them (at 3 forks per arm ν ≈ 5, t = 2.6 rather
     * than 1.96). It can still call settled an interval the report leaves open at the edge of the measured
     * weights, hence {@link #settled}.
     */
    private static double halfWidth95(double variance, double degreesOfFreedom) {
        if (!(variance > 0) || !(degreesOfFreedom > 0)) {
            return Double.NaN;
        }
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.975) * Math.sqrt(variance);
    }

    /**
     * Whether the crossing the report will show for this arm is bounded and within ×{@value #CROSSING_PRECISION}
     * of its point either side ({@link Crossing#find}, the same bootstrap over every weight of the arm). The delta
     * method alone misses an interval left open at the edge of the measured weights: a standard run's arithmetic
     * crossed between 400 (S = 0.92, its lightest weight) and 936, ±0.21 in ln w* by the delta method at t, and
     * was reported unbounded, because replicates with S ≥ 1 at 400 cross below the range.
     */
    private static boolean settled(Crossing c) {
        double w = c.weight().value();
        return c.bounded() && c.weight().upper() <= CROSSING_PRECISION * w && w <= CROSSING_PRECISION * c.weight().lower();
    }

    /** The crossing the report will show for an arm: {@link Crossing#find} over every weight it has a speedup at. */
    private static Crossing crossing(Map<Point, Speedup> speedups, String arm, Function<Point, Optional<Forks>> forks) {
        List<Crossing.Arm> arms = new ArrayList<>();
        for (Point p : speedups.keySet()) {
            if (arm(p).equals(arm)) {
                arms.add(new Crossing.Arm(p.weight(), forks.apply(baseline(p)).orElseThrow(), forks.apply(p).orElseThrow(),
                        1));
            }
        }
        return Crossing.find(arms);
    }

    /**
     * A weight below the lightest, where the main arm's break-even lies next to its lightest weight (between it
     * and the next, or at or below it) and the report's interval is open below it: forks at the weights already
     * measured cannot close it when S at the lightest weight is within noise of 1. In a standard run (batches of
     * 240), ensemble crossed between 6 and 8 steps and correlation between 2 and 4 cells, with S = 0.90 and 0.995 at
     * their lightest weights, 3 and 2, and both were reported unbounded after 20 forks of the loop there. Once per
     * task; the weight is {@value #EXTEND_RATIO}× lighter, at least 1, and not added when that is no lighter.
     */
    private Optional<Step> extendBelow(List<PointRecord> live, Map<Point, Speedup> speedups,
            Map<String, double[]> brackets, Function<Point, Optional<Forks>> forks) {
        Map<String, Long> lightest = lightestWeights(speedups);
        List<String> arms = brackets.keySet().stream().sorted().toList();
        for (String key : arms) {
            String task = taskOf(key);
            long lo = (long) brackets.get(key)[0];
            long lighter = Math.max(1, Math.round(lo / EXTEND_RATIO));
            if (extended.contains(task) || lo != lightest.get(key) || lighter >= lo || !isMainArm(live, key)
                    || crossing(speedups, key, forks).weight().lower() > 0) {
                continue;
            }
            extended.add(task);
            Optional<List<Point>> added = newWeight(live, key, lighter);
            if (added.isPresent()) {
                return Optional.of(new Step(List.of(), added.get(), "extend " + task + " below weight " + lo));
            }
        }
        return Optional.empty();
    }

    /** The measured point of an arm at a weight. */
    private static Point pointAt(Map<Point, Speedup> speedups, String arm, long weight) {
        return speedups.keySet().stream().filter(p -> arm(p).equals(arm) && p.weight() == weight).findFirst()
                .orElseThrow();
    }

    /** Whether an {@link #arm} key is its task's main strategy at its main worker count. */
    private boolean isMainArm(List<PointRecord> live, String arm) {
        String[] parts = arm.split("\\|");
        return parts[1].equals(mainStrategy(live, parts[0]))
                && Integer.parseInt(parts[2]) == mainWorkers(live, parts[0], parts[1]);
    }

    /**
     * The loop and the arm's strategy at a new weight (at the batch the task takes there), or empty when the arm
     * was measured there already.
     */
    private Optional<List<Point>> newWeight(List<PointRecord> live, String arm, long weight) {
        String[] parts = arm.split("\\|");
        int batch = TaskType.byId(parts[0]).batchFor(weight, profileBatch);
        Point seq = new Point(parts[0], weight, StrategyNames.SEQUENTIAL, 1, batch);
        Point par = new Point(parts[0], weight, parts[1], Integer.parseInt(parts[2]), batch);
        return live.stream().anyMatch(r -> Point.of(r).equals(par)) ? Optional.empty() : Optional.of(List.of(seq, par));
    }

    /** The strategy whose break-even the grid is refined for: fixed-pool where measured, else the first parallel one. */
    private static String mainStrategy(List<PointRecord> live, String task) {
        List<String> strategies = live.stream().filter(r -> r.task().equals(task))
                .map(PointRecord::strategy).filter(s -> !StrategyNames.isSequential(s)).distinct()
                .sorted(Comparator.comparingInt(StrategyNames::order)).toList();
        return strategies.contains(StrategyNames.FIXED_POOL) ? StrategyNames.FIXED_POOL
                : strategies.isEmpty() ? "" : strategies.get(0);
    }

    /** N, or the largest measured worker count below it. */
    private int mainWorkers(List<PointRecord> live, String task, String strategy) {
        return live.stream().filter(r -> r.task().equals(task) && r.strategy().equals(strategy))
                .mapToInt(PointRecord::workers).filter(p -> p <= cores).max().orElse(1);
    }

    /**
     * For each arm (task, strategy, workers) measured at two or more weights, the two weights between which its
     * point speedup crosses 1 (from below to above, the last crossing), if it does, and the speedups there:
     * {@code {w_lo, w_hi, S_lo, S_hi}}.
     */
    static Map<String, double[]> brackets(Map<Point, Speedup> speedups) {
        Map<String, List<Map.Entry<Point, Speedup>>> arms = new HashMap<>();
        speedups.entrySet().forEach(e -> arms.computeIfAbsent(arm(e.getKey()), k -> new ArrayList<>()).add(e));
        Map<String, double[]> brackets = new HashMap<>();
        arms.forEach((arm, list) -> {
            list.sort(Comparator.comparingLong(e -> e.getKey().weight()));
            int first = list.size();
            while (first > 0 && list.get(first - 1).getValue().estimate().value() >= 1) {
                first--;
            }
            if (first > 0 && first < list.size()) {
                Map.Entry<Point, Speedup> lo = list.get(first - 1);
                Map.Entry<Point, Speedup> hi = list.get(first);
                brackets.put(arm, new double[] {lo.getKey().weight(), hi.getKey().weight(),
                        lo.getValue().estimate().value(), hi.getValue().estimate().value()});
            } else if (first == 0 && list.size() > 1) {
                // at or below the lightest weight: forks there tell "pays everywhere measured" from a crossing
                double w = list.get(0).getKey().weight();
                double s = list.get(0).getValue().estimate().value();
                brackets.put(arm, new double[] {w, w, s, s});
            }
        });
        return brackets;
    }

    /** Each arm's lightest weight with a speedup. */
    private static Map<String, Long> lightestWeights(Map<Point, Speedup> speedups) {
        Map<String, Long> lightest = new HashMap<>();
        speedups.keySet().forEach(p -> lightest.merge(arm(p), p.weight(), Math::min));
        return lightest;
    }

    private static boolean nearCrossing(Point p, Map<String, double[]> brackets) {
        double[] b = brackets.get(arm(p));
        return b != null && (p.weight() == (long) b[0] || p.weight() == (long) b[1]);
    }

    private static String arm(Point p) {
        return p.task() + "|" + p.strategy() + "|" + p.workers();
    }

    /** The task of an {@link #arm} key. */
    private static String taskOf(String arm) {
        return arm.substring(0, arm.indexOf('|'));
    }

    static Point baseline(Point p) {
        return new Point(p.task(), p.weight(), StrategyNames.SEQUENTIAL, 1, p.batch());
    }

    private static long kept(List<PointRecord> points, Point p) {
        return points.stream().filter(r -> Point.of(r).equals(p)).mapToLong(PointRecord::keptForks).findFirst().orElse(0);
    }

    private static double relativeHalfWidth(Estimate e) {
        return e.bounded() ? e.error() / Math.abs(e.value()) : Double.POSITIVE_INFINITY;
    }
}
