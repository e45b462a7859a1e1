package dev.breakeven.sweep;

import dev.breakeven.strategies.Availability;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskKind;
import dev.breakeven.tasks.TaskType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered points of a sweep: for each task and weight, the sequential baseline first, then every
 * strategy at every worker count. Strategies the fork JVM cannot run are left out with their reason.
 *
 * @param points  what to measure, in order
 * @param skipped one sentence per strategy left out, e.g. why virtual threads are unavailable
 * @param density how densely the plan covers weights and worker counts (thinner on a big machine)
 */
public record SweepPlan(List<Point> points, List<String> skipped, Density density) {

    /**
     * How densely a plan samples weights × worker counts; a plan thins out in this order until its first pass
     * fits the budget.
     */
    public enum Density {
        /** Every weight of the profile with the whole worker ladder. */
        FULL("every weight with the whole worker ladder"),
        /**
         * The whole ladder only at the comparison and the heaviest weight; elsewhere 1 worker and N. Strategies
         * compared at one weight only get 1, about √N, N and the most workers.
         */
        KEY_WEIGHTS("the whole worker ladder at the comparison and heaviest weights, 1 and N workers elsewhere"),
        /** As {@link #KEY_WEIGHTS}, on the named weights only, comparing strategies on one CPU and one I/O task. */
        NAMED_WEIGHTS("named weights only, the whole ladder at the comparison and heaviest weights, strategies"
                + " compared on arithmetic and remote-query"),
        /**
         * The least that still answers the question: named weights; at the comparison weight the ladder up to
         * N (beyond N too on I/O tasks and on the tasks strategies are compared on); elsewhere N workers, and 1 at
         * the lightest weight of the compared tasks, for the dispatch overhead; strategies compared at N workers
         * on arithmetic and remote-query.
         */
        MINIMAL("named weights, the ladder at the comparison weight only (beyond N on I/O and compared tasks), N"
                + " workers elsewhere, strategies compared at N workers only"),
        /**
         * As {@link #MINIMAL} with a sparser ladder: 1, powers of four below N, N, and the most workers where
         * that is at least 2N (1, 4, 16, 40 on 40 cores with a batch of 48, which caps the ladder at 48). What
         * quick falls back to on a many-core server, so its few minutes hold there too.
         */
        SPARSE("named weights, a sparse ladder (1, powers of 4, N, 2N or more) at the comparison weight only, N"
                + " workers elsewhere, strategies compared at N workers only"),
        /**
         * As {@link #SPARSE} without the powers of four: 1, N and the most workers where that is at least 2N. What
         * quick falls back to on 40 cores once its forks warm up for as long as the parallel arm needs.
         */
        BARE("named weights, 1, N and 2N or more workers at the comparison weight only, N workers elsewhere,"
                + " strategies compared at N workers only"),
        /**
         * As {@link #BARE} with one worker only on the tasks strategies are compared on, where the dispatch overhead
         * is read: what quick falls back to on two cores when a fork costs 0.5 s or more. Its 1-worker points at
         * the medium weight of the other tasks cost about 30 s of a 4:20 budget there (7 points × 3 forks of
         * 1.2–1.4 s) and say little at that weight (the dispatch overhead "not measurable here"); without them
         * the adaptive pass keeps about 45 s for forks beside the crossings, where with them a first pass of
         * 4:27–4:32 had left none and most crossings unbounded.
         */
        LEAN("named weights, N and 2N or more workers at the comparison weight only (1 worker too where strategies"
                + " are compared), N workers elsewhere, strategies compared at N workers only"),
        /**
         * As {@link #LEAN} on the catalogue's core tasks only ({@link #CORE_TASKS}: CPU-bound arithmetic, ensemble
         * and correlation, I/O-bound disk and remote-query), when the user did not choose the tasks: what quick falls
         * back to on two cores when a fork costs 0.5 s or more beyond its iterations. Its forks warm up for 600 ms
         * (loop) and 1.2 s (pool) (with 400 ms quick put arithmetic's break-even at 9.4 and 12 µs where the same
         * hour's reference read 4.9, 4.2–6.1), so its 62-point plan needs about 5:25 there; rather than measure
         * every task with shorter or too few forks, it measures five with more and says which it left out. It also
         * leaves out the strategies that would read as {@code fixed-pool} does ({@link #CORE_ALIKE}), whose 6
         * forks (about 14 s) the pool's longer warm-up needed.
         */
        CORE("the core tasks (arithmetic, ensemble, correlation, disk, remote-query) and what else fits, named"
                + " weights, N and 2N or more workers at the comparison weight only, N workers elsewhere, fork-join and"
                + " parallel-stream left out");

        /** The tasks the thinnest plan keeps: three CPU-bound and two I/O-bound ones, as in the user's guide. */
        static final List<String> CORE_TASKS = List.of("arithmetic", "ensemble", "correlation", "disk", "remote-query");

        /**
         * The strategies {@link #CORE} leaves out unless the user named them: thread pools that split a batch as
         * {@code fixed-pool} does (work stealing, a parallel stream), so on a few cores they read as it does. The
         * ones kept teach what differs: a pool started for every batch, and worker processes.
         */
        static final java.util.Set<StrategyType> CORE_ALIKE = java.util.Set.of(StrategyType.FORK_JOIN,
                StrategyType.PARALLEL_STREAM);

        /** The tasks strategies are compared on when the plan is this thin. */
        static final java.util.Set<String> COMPARISON_TASKS = java.util.Set.of("arithmetic", "remote-query");

        private final String description;

        Density(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * What a sweep was asked to measure, already validated.
     *
     * @param namedStrategies whether the user chose the strategies: then each runs at every weight
     */
    public record Request(Profile profile, List<TaskType> tasks, List<StrategyType> strategies,
                          List<String> weights, WorkerCounts workerCounts, int batch, int forkJavaFeature,
                          boolean namedStrategies) {
    }

    public static SweepPlan of(Request request) {
        return of(request, Density.FULL);
    }

    public static SweepPlan of(Request request, Density density) {
        return of(request, density, 0);
    }

    /**
     * The plan at {@code density}; at {@link Density#CORE}, also the first {@code moreTasks} of the catalogue tasks
     * it would leave out, in catalogue order, where the budget holds them ({@link PlanFitter}).
     */
    public static SweepPlan of(Request request, Density density, int moreTasks) {
        List<StrategyType> strategies = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> alike = new ArrayList<>();
        for (StrategyType s : request.strategies()) {
            Availability a = s.availability(request.forkJavaFeature());
            if (!a.available()) {
                skipped.add(s.id() + " skipped: " + a.reason());
            } else if (density == Density.CORE && !request.namedStrategies() && Density.CORE_ALIKE.contains(s)) {
                alike.add(s.id());
            } else {
                strategies.add(s);
            }
        }
        if (!alike.isEmpty()) {
            skipped.add(String.join(", ", alike) + " left out: thread pools as fixed-pool is, and the first pass does"
                    + " not fit this profile's budget with them on " + request.workerCounts().cores() + " cores with"
                    + " forks this slow (--strategies sequential,fixed-pool," + String.join(",", alike)
                    + " measures them)");
        }
        List<Point> points = new ArrayList<>();
        List<TaskType> tasks = coreOnly(request, density, moreTasks);
        if (tasks.size() < request.tasks().size()) {
            List<String> left = request.tasks().stream().filter(t -> !tasks.contains(t)).map(TaskType::id).toList();
            skipped.add(String.join(", ", left) + " left out: with them the first pass does not fit this profile's"
                    + " budget on " + request.workerCounts().cores() + " cores with forks this slow (--tasks "
                    + String.join(",", left) + " measures them, or a larger --budget all of them)");
        }
        for (TaskType task : tasks) {
            List<Long> weights = weights(request, task, density);
            long comparison = task.weights().byName(request.profile().comparisonWeight());
            long heaviest = weights.isEmpty() ? 0 : weights.get(weights.size() - 1);
            boolean explicitWeights = !request.weights().isEmpty();
            for (long weight : weights) {
                for (StrategyType s : strategies) {
                    boolean everyWeight = explicitWeights || request.namedStrategies()
                            || request.profile().runsAtEveryWeight(s);
                    boolean compared = request.profile().comparesStrategiesOn(task.id())
                            && (density.compareTo(Density.NAMED_WEIGHTS) < 0 || Density.COMPARISON_TASKS.contains(task.id()));
                    if (!everyWeight && (weight != comparison || !compared)) {
                        continue;
                    }
                    int batch = task.batchFor(weight, request.batch());
                    boolean keyWeight = weight == comparison || (weight == heaviest && density.compareTo(Density.MINIMAL) < 0);
                    boolean lightest = weight == weights.get(0);
                    for (int p : workers(request, task, s, density, keyWeight, everyWeight, lightest)) {
                        points.add(new Point(task.id(), weight, s.id(), p, batch));
                    }
                    int contrast = request.profile().contrastBatch();
                    if (contrast > 0 && weight == comparison && everyWeight && task.batchFor(weight, contrast) == contrast
                            && contrast != batch) {
                        int cores = request.workerCounts().cores();
                        for (int p : s.isBaseline() ? List.of(1) : List.of(1, cores).stream().distinct().toList()) {
                            points.add(new Point(task.id(), weight, s.id(), p, contrast));
                        }
                    }
                }
            }
        }
        return new SweepPlan(List.copyOf(points), List.copyOf(skipped), density);
    }

    /**
     * The request's tasks; at {@link Density#CORE}, when the user did not choose them, the core ones, plug-ins and
     * the first {@code moreTasks} of the others.
     */
    private static List<TaskType> coreOnly(Request request, Density density, int moreTasks) {
        if (density != Density.CORE || !request.tasks().containsAll(TaskType.catalogue())) {
            return request.tasks();
        }
        List<TaskType> others = request.tasks().stream()
                .filter(t -> t.inCatalogue() && !Density.CORE_TASKS.contains(t.id())).toList();
        List<TaskType> kept = others.subList(0, Math.min(moreTasks, others.size()));
        return request.tasks().stream().filter(t -> !others.contains(t) || kept.contains(t)).toList();
    }

    private static List<Integer> workers(Request request, TaskType task, StrategyType s, Density density,
            boolean keyWeight, boolean everyWeight, boolean lightest) {
        if (s.isBaseline()) {
            return List.of(1);
        }
        if (!request.workerCounts().explicit().isEmpty()) {
            return request.workerCounts().forKind(task.kind());
        }
        int cores = request.workerCounts().cores();
        List<Integer> ladder = withinBatch(request.workerCounts().forKind(task.kind()), request.batch());
        if (density.compareTo(Density.SPARSE) >= 0) {
            int most = ladder.get(ladder.size() - 1);
            int n = Math.min(cores, request.batch());
            boolean powersOfFour = density == Density.SPARSE;
            ladder = ladder.stream().filter(p -> p == 1 || p == n || (p == most && most >= 2 * n) || powersOfFour
                    && p < n && Integer.bitCount(p) == 1 && Integer.numberOfTrailingZeros(p) % 2 == 0).toList();
        }
        if (density == Density.FULL) {
            return ladder;
        }
        if (density.compareTo(Density.MINIMAL) >= 0) {
            boolean compared = Density.COMPARISON_TASKS.contains(task.id())
                    && request.profile().comparesStrategiesOn(task.id());
            List<Integer> chosen;
            if (keyWeight && everyWeight) {
                chosen = compared || task.kind() == TaskKind.IO ? ladder
                        : ladder.stream().filter(p -> p <= cores).toList();
            } else {
                int n = ladder.stream().filter(p -> p <= cores).max(Integer::compare).orElse(1);
                chosen = ladder.stream().filter(p -> p == n || (p == 1 && lightest && everyWeight && compared)).toList();
            }
            List<Integer> parallel = chosen.stream().filter(p -> p > 1).toList();
            return density.compareTo(Density.LEAN) >= 0 && !compared && !parallel.isEmpty() ? parallel : chosen;
        }
        if (everyWeight) {
            return keyWeight ? ladder : ladder.stream().filter(p -> p == 1 || p == cores).toList();
        }
        int max = ladder.get(ladder.size() - 1);
        int middle = ladder.stream().min(java.util.Comparator.comparingDouble(p -> Math.abs(Math.log(p)
                - Math.log(Math.sqrt(cores))))).orElse(1);
        return ladder.stream().filter(p -> p == 1 || p == middle || p == cores || p == max).toList();
    }

    /**
     * The ladder up to the batch: more workers than tasks in a batch leave the extra ones idle, so 64 or 320
     * workers measure nothing 48 do not. The batch itself closes the ladder when the ladder went beyond it.
     */
    private static List<Integer> withinBatch(List<Integer> ladder, int batch) {
        if (ladder.get(ladder.size() - 1) <= batch) {
            return ladder;
        }
        List<Integer> within = new ArrayList<>(ladder.stream().filter(p -> p < batch).toList());
        within.add(batch);
        return List.copyOf(within);
    }

    private static List<Long> weights(Request request, TaskType task, Density density) {
        if (request.weights().isEmpty()) {
            long ceiling = task.weights().byName(request.profile().heaviestNamedWeight(task.id()));
            int between = density.compareTo(Density.NAMED_WEIGHTS) >= 0 ? 0 : request.profile().weightsBetween();
            return task.weights().logSpaced(between).stream().filter(w -> w <= ceiling).toList();
        }
        List<Long> weights = new ArrayList<>();
        for (String w : request.weights()) {
            long named = task.weights().byName(w);
            weights.add(named > 0 ? named : Long.parseLong(w));
        }
        return weights.stream().distinct().sorted().toList();
    }
}
