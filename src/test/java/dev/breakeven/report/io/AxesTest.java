package dev.breakeven.report.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakeven.report.ReportInputException;
import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.Baseline;
import dev.breakeven.report.analysis.TaskAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which param is which axis: each rule, each override, and the errors when nothing (or too much) fits. */
class AxesTest {

    static final Path FILE = Path.of("bench.json");

    @TempDir
    Path dir;

    /** Results builder: one avgt result per call, 1 thread unless given. */
    static final class Results {
        final List<JmhResult> list = new ArrayList<>();

        Results add(String benchmark, Object... keyValues) {
            return addThreads(benchmark, 1, keyValues);
        }

        Results addThreads(String benchmark, int threads, Object... keyValues) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                params.put((String) keyValues[i], String.valueOf(keyValues[i + 1]));
            }
            list.add(new JmhResult(list.size() + 1, benchmark, "avgt", threads, params, 10, 1, "us/op",
                    new double[][] {{10}}));
            return this;
        }
    }

    static Axes recognise(Results r) throws ReportInputException {
        return Axes.recognise(FILE, r.list, AxisOverrides.NONE);
    }

    static Axes recognise(Results r, AxisOverrides o) throws ReportInputException {
        return Axes.recognise(FILE, r.list, o);
    }

    /** pool and sequential methods of one class over work × workers, workers only on pool (as PoolBenchmark). */
    static Results poolAndSequential() {
        Results r = new Results();
        for (int work : new int[] {10, 1000, 100000}) {
            r.add("x.PoolBenchmark.sequential", "work", work);
            for (int p : new int[] {1, 2, 4}) {
                r.add("x.PoolBenchmark.pool", "work", work, "workers", p);
            }
        }
        return r;
    }

    @Test
    void breakevensOwnParamsAreWorkersWeightStrategyAndSequential() throws Exception {
        Results r = new Results();
        for (String s : new String[] {"sequential", "fixed-pool"}) {
            for (int p : new int[] {1, 2}) {
                r.add("dev.breakeven.bench.BatchBenchmark.runBatch", "batch", 48, "strategy", s, "task", "arithmetic",
                        "weight", 400, "workers", p);
            }
        }

        Axes axes = recognise(r);

        assertThat(axes.workers()).isEqualTo(Axis.param("workers", false));
        assertThat(axes.weight()).isEqualTo(Axis.param("weight", false));
        assertThat(axes.strategy()).isEqualTo(Axis.param("strategy", false));
        assertThat(axes.baseline()).isEqualTo("sequential");
        assertThat(axes.axisParams()).containsExactly("batch", "strategy", "task", "weight", "workers");
        assertThat(axes.line()).isEqualTo("Axes: workers = param \"workers\"; weight = param \"weight\"; "
                + "strategy = param \"strategy\" (sequential, fixed-pool); baseline = \"sequential\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"workers", "threads", "parallelism", "p", "Threads"})
    void theWorkerCountIsAParamWithAConventionalName(String name) throws Exception {
        Results r = new Results().add("x.B.run", name, 1, "size", 5).add("x.B.run", name, 4, "size", 5);

        Axes axes = recognise(r);

        assertThat(axes.workers()).isEqualTo(Axis.param(name, false));
        assertThat(axes.workers(r.list.get(1))).isEqualTo(4);
        assertThat(axes.threadScaled(r.list.get(1))).isFalse();
    }

    @Test
    void withoutSuchAParamTheWorkerCountIsJmhsThreadCountWhenItVaries() throws Exception {
        Results r = new Results().addThreads("x.B.run", 1).addThreads("x.B.run", 2).addThreads("x.B.run", 4);

        Axes axes = recognise(r);

        assertThat(axes.workers()).isEqualTo(Axis.THREADS);
        assertThat(axes.workers(r.list.get(2))).isEqualTo(4);
        assertThat(axes.threadScaled(r.list.get(2))).isTrue();
        assertThat(axes.line()).startsWith("Axes: workers = JMH threads (-t); weight = none; strategy = none; "
                + "baseline = none");
    }

    @Test
    void aResultWithoutTheWorkerParamRanOnItsOwnThreads() throws Exception {
        Axes axes = recognise(poolAndSequential());
        JmhResult sequential = poolAndSequential().list.get(0);

        assertThat(axes.workers(sequential)).isEqualTo(1);
        assertThat(axes.threadScaled(sequential)).isTrue();
    }

    @Test
    void noWorkerAxisIsAnErrorNamingTheParamsLookedForAndHowToNameOne() {
        Results r = new Results().add("x.B.run", "size", 1).add("x.B.run", "size", 2);

        assertThatThrownBy(() -> recognise(r)).isInstanceOf(ReportInputException.class)
                .hasMessage("bench.json: has no worker dimension: no param is named workers, threads, parallelism or p,"
                        + " and every benchmark ran with 1 thread(s) (params: size) — name the worker-count param with"
                        + " --workers-param NAME, or rerun with -p workers=1,2,4 or JMH's -t 1,2,4");
    }

    @Test
    void aParamCalledWeightIsTheWeightEvenBesideOtherNumericParams() throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1, "weight", 10, "size", 3)
                .add("x.B.run", "workers", 2, "weight", 100, "size", 4);

        Axes axes = recognise(r);

        assertThat(axes.weight()).isEqualTo(Axis.param("weight", false));
        assertThat(axes.weight(r.list.get(1))).isEqualTo(100);
    }

    @Test
    void theOneNumericParamWithSeveralValuesIsTheWeight() throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1, "rows", 10, "fixed", 3, "kind", "a")
                .add("x.B.run", "workers", 2, "rows", 1_000, "fixed", 3, "kind", "b");

        Axes axes = recognise(r);

        assertThat(axes.weight()).isEqualTo(Axis.param("rows", false));
        assertThat(axes.axisParams()).doesNotContain("fixed", "kind");
    }

    @Test
    void amongSeveralNumericParamsThatVaryTheOneNamedForWorkIsTheWeight() throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1, "work", 10, "seed", 1)
                .add("x.B.run", "workers", 2, "work", 100, "seed", 2);

        assertThat(recognise(r).weight()).isEqualTo(Axis.param("work", false));
    }

    @Test
    void twoCandidatesForTheWeightAreAnErrorSayingHowToChoose() {
        Results r = new Results().add("x.B.run", "workers", 1, "size", 10, "n", 1)
                .add("x.B.run", "workers", 2, "size", 100, "n", 2);

        assertThatThrownBy(() -> recognise(r)).isInstanceOf(ReportInputException.class)
                .hasMessage("bench.json: could take its weight from any of the params n, size — choose one with "
                        + "--weight-param n");
    }

    @Test
    void withoutANumericParamThatVariesThereIsNoWeight() throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1, "kind", "a", "size", 5)
                .add("x.B.run", "workers", 2, "kind", "b", "size", 5);

        Axes axes = recognise(r);

        assertThat(axes.weight().source()).isEqualTo(Axis.Source.NONE);
        assertThat(axes.weight(r.list.get(0))).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"strategy", "impl", "implementation", "mode", "executor", "variant"})
    void theStrategyIsAParamWithAConventionalName(String name) throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1, name, "loop").add("x.B.run", "workers", 2, name, "pool");

        Axes axes = recognise(r);

        assertThat(axes.strategy()).isEqualTo(Axis.param(name, false));
        assertThat(axes.strategies()).containsExactly("loop", "pool");
        assertThat(axes.baseline()).isEqualTo("loop");
    }

    @Test
    void whenSeveralMethodsShareAClassTheMethodIsTheStrategyAndTheClassTheTask() throws Exception {
        Results r = poolAndSequential();

        Axes axes = recognise(r);

        assertThat(axes.workers()).isEqualTo(Axis.param("workers", false));
        assertThat(axes.weight()).isEqualTo(Axis.param("work", false));
        assertThat(axes.strategy()).isEqualTo(Axis.METHOD);
        assertThat(axes.strategies()).containsExactly("sequential", "pool");
        assertThat(axes.taskBase(r.list.get(0))).isEqualTo("PoolBenchmark");
        assertThat(axes.line()).isEqualTo("Axes: workers = param \"workers\"; weight = param \"work\"; "
                + "strategy = method name (sequential, pool); baseline = \"sequential\".");
    }

    @Test
    void aSingleMethodIsNoStrategyAndKeepsItsMethodInTheTaskName() throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1).add("x.B.run", "workers", 2);

        Axes axes = recognise(r);

        assertThat(axes.strategy()).isEqualTo(Axis.NONE);
        assertThat(axes.strategy(r.list.get(0))).isEqualTo("default");
        assertThat(axes.taskBase(r.list.get(0))).isEqualTo("B.run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "Serial", "LOOP", "baseline"})
    void theBaselineIsTheStrategyWithAConventionalNameInAnyCase(String name) throws Exception {
        Results r = new Results().add("x.B." + name).add("x.B.pool", "workers", 1).add("x.B.pool", "workers", 2);

        Axes axes = recognise(r);

        assertThat(axes.baseline()).isEqualTo(name);
        assertThat(axes.isBaseline(name)).isTrue();
        assertThat(axes.isBaseline("pool")).isFalse();
    }

    @Test
    void withoutSuchAStrategyThereIsNoBaseline() throws Exception {
        Results r = new Results().add("x.B.plain").add("x.B.pool", "workers", 1).add("x.B.pool", "workers", 2);

        Axes axes = recognise(r);

        assertThat(axes.baseline()).isNull();
        assertThat(axes.line()).endsWith("baseline = none (each strategy against its own fewest workers).");
    }

    @Test
    void everyAxisCanBeNamedByTheUser() throws Exception {
        Results r = new Results();
        for (String how : new String[] {"plain", "forked"}) {
            for (int n : new int[] {1, 3}) {
                for (int rows : new int[] {10, 1000}) {
                    r.add("x.B.run", "nThreads", n, "rows", rows, "cols", rows, "how", how);
                }
            }
        }

        Axes axes = recognise(r, new AxisOverrides("nThreads", "rows", "how", "PLAIN"));

        assertThat(axes.workers()).isEqualTo(Axis.param("nThreads", true));
        assertThat(axes.weight()).isEqualTo(Axis.param("rows", true));
        assertThat(axes.strategy()).isEqualTo(Axis.param("how", true));
        assertThat(axes.baseline()).isEqualTo("plain");
        assertThat(axes.workers(r.list.get(2))).isEqualTo(3);
        assertThat(axes.axisParams()).doesNotContain("cols");
        assertThat(axes.line()).isEqualTo("Axes: workers = param \"nThreads\" from --workers-param; weight = param"
                + " \"rows\" from --weight-param; strategy = param \"how\" from --strategy-param (plain, forked);"
                + " baseline = \"plain\" from --baseline.");
    }

    @Test
    void aNamedWorkerParamWinsOverAConventionalOne() throws Exception {
        Results r = new Results().add("x.B.run", "workers", 1, "p", 1).add("x.B.run", "workers", 2, "p", 1)
                .add("x.B.run", "workers", 1, "p", 2).add("x.B.run", "workers", 2, "p", 2);

        assertThat(recognise(r, new AxisOverrides("p", null, null, null)).workers()).isEqualTo(Axis.param("p", true));
    }

    @Test
    void anOverrideNamingNoParamOfTheFileListsTheParamsThatExist() {
        Results r = poolAndSequential();

        assertThatThrownBy(() -> recognise(r, new AxisOverrides("nThreads", null, null, null)))
                .hasMessage("bench.json: has no param \"nThreads\" (--workers-param) — name one of its params: work, workers");
        assertThatThrownBy(() -> recognise(r, new AxisOverrides(null, "size", null, null)))
                .hasMessage("bench.json: has no param \"size\" (--weight-param) — name one of its params: work, workers");
        assertThatThrownBy(() -> recognise(r, new AxisOverrides(null, null, "impl", null)))
                .hasMessage("bench.json: has no param \"impl\" (--strategy-param) — name one of its params: work, workers");
    }

    @Test
    void aBaselineThatIsNoStrategyListsTheStrategies() {
        assertThatThrownBy(() -> recognise(poolAndSequential(), new AxisOverrides(null, null, null, "loop")))
                .hasMessage("bench.json: has no strategy or method \"loop\" (--baseline) — name one of its strategies: "
                        + "sequential, pool");
    }

    @Test
    void aWeightParamWithValuesThatAreNoNumbersIsAnError() {
        Results r = new Results().add("x.B.run", "workers", 1, "kind", "small").add("x.B.run", "workers", 2, "kind", "big");

        assertThatThrownBy(() -> recognise(r, new AxisOverrides(null, "kind", null, null)))
                .hasMessageContaining("param \"kind\" (--weight-param) has values that are not numbers: small, big");
    }

    @Test
    void oneParamCannotBeTwoAxes() {
        assertThatThrownBy(() -> recognise(poolAndSequential(), new AxisOverrides("workers", "workers", null, null)))
                .hasMessageContaining("param \"workers\" is given to --weight-param and to another axis");
    }

    @Test
    void aWorkerCountThatIsNoWholeNumberIsAnError() {
        Results r = new Results().add("x.B.run", "threads", 1).add("x.B.run", "threads", 1.5);

        assertThatThrownBy(() -> recognise(r)).hasMessageContaining("result #2 has threads=\"1.5\", which is not a whole"
                + " number of at least 1");
    }

    @Test
    void theLoaderMakesPoolAndSequentialOfOneClassOneTaskAndMarksTheBaseline() throws Exception {
        Results r = poolAndSequential();

        List<Measurement> ms = RunLoader.normalise(FILE, r.list, recognise(r), new ArrayList<>());

        assertThat(ms).extracting(Measurement::task).containsOnly("PoolBenchmark");
        assertThat(ms).filteredOn(Measurement::baseline).extracting(Measurement::strategy).containsOnly("sequential");
        assertThat(ms).filteredOn(m -> !m.baseline()).extracting(Measurement::strategy).containsOnly("pool");
        assertThat(ms).extracting(Measurement::weight).containsOnly(10.0, 1000.0, 100000.0);
    }

    @Test
    void paramsThatAreNoAxisStayInTheTaskName() throws Exception {
        Results r = new Results().add("x.B.loop", "workers", 1, "work", 1, "layout", "rows", "seed", 7)
                .add("x.B.pool", "workers", 2, "work", 10, "layout", "rows", "seed", 7)
                .add("x.B.pool", "workers", 2, "work", 10, "layout", "cols", "seed", 7);

        List<Measurement> ms = RunLoader.normalise(FILE, r.list, recognise(r), new ArrayList<>());

        assertThat(ms).extracting(Measurement::task).containsExactly("B [layout=rows, seed=7]",
                "B [layout=rows, seed=7]", "B [layout=cols, seed=7]");
    }

    @Test
    void speedupsAreMeasuredAgainstTheBaselineTheUserNamed() throws Exception {
        Path file = dir.resolve("named.json");
        SyntheticJmh j = new SyntheticJmh();
        for (int work : new int[] {10, 1000}) {
            j.add("x.B.plain", "avgt", 1, Map.of("work", "" + work), work * 1.0, 0.1, "us/op", work);
            for (int p : new int[] {1, 2}) {
                double t = work * 1.2 / p;
                j.add("x.B.pool", "avgt", 1, Map.of("work", "" + work, "workers", "" + p), t, 0.1, "us/op", t);
            }
        }
        Files.writeString(file, j.json());

        TaskAnalysis task = Analyzer.analyze(RunLoader.load(file, new AxisOverrides(null, null, null, "plain")))
                .task("B").orElseThrow();

        assertThat(task.strategies()).containsExactly("pool");
        assertThat(task.baselineKind()).isEqualTo(Baseline.Kind.SEQUENTIAL);
        assertThat(task.curvesOf("pool").get(1).at(2).orElseThrow().speedup().value())
                .isCloseTo(1000 / 600.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
