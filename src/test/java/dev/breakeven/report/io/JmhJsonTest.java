package dev.breakeven.report.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.breakeven.report.ReportInputException;
import dev.breakeven.report.SyntheticJmh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsJmhSpecialValueStringsAsNumbers() {
        assertThat(JmhJson.number(TextNode.valueOf("NaN"))).isNaN();
        assertThat(JmhJson.number(TextNode.valueOf("+INF"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(JmhJson.number(TextNode.valueOf("-INF"))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(JmhJson.number(TextNode.valueOf("Infinity"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(JmhJson.number(TextNode.valueOf("12.5"))).isEqualTo(12.5);
    }

    @Test
    void aNanScoreErrorMeansNoUncertaintyAndANanScoreLeavesThePointOut() throws Exception {
        String json = new SyntheticJmh()
                .add("b.B.run", "avgt", 1, Map.of("workers", "1"), 100.0, "NaN", "us/op", 100)
                .add("b.B.run", "avgt", 1, Map.of("workers", "2"), 55.0, "NaN", "us/op", 55)
                .add("b.B.run", "avgt", 1, Map.of("workers", "4"), "NaN", "NaN", "us/op")
                .json();
        Path file = write("nan.json", json);

        List<JmhResult> raw = JmhJson.read(file);
        List<String> notes = new ArrayList<>();
        List<Measurement> ms = RunLoader.normalise(file, raw, notes);

        assertThat(raw).hasSize(3);
        assertThat(raw.get(0).scoreError()).isNaN();
        assertThat(raw.get(2).score()).isNaN();
        assertThat(ms).hasSize(2);
        assertThat(ms.get(0).seconds()).isCloseTo(100e-6, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(ms.get(0).secondsError()).isZero();
        assertThat(notes).singleElement().asString().contains("no usable score").contains("#3");
    }

    @Test
    void bareNanTokensAreAcceptedToo() throws Exception {
        Path file = write("bare.json", "[{\"benchmark\":\"b.B.run\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"params\":{\"workers\":\"1\"},\"primaryMetric\":{\"score\":10,\"scoreError\":NaN,\"scoreUnit\":\"ms/op\","
                + "\"rawData\":[[10]]}},{\"benchmark\":\"b.B.run\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"params\":{\"workers\":\"2\"},\"primaryMetric\":{\"score\":6,\"scoreError\":NaN,\"scoreUnit\":\"ms/op\"}}]");

        assertThat(JmhJson.read(file)).hasSize(2);
    }

    @Test
    void sampleModeRawDataComesFromTheHistogram() throws Exception {
        Path file = write("sample.json", "[{\"benchmark\":\"b.B.run\",\"mode\":\"sample\",\"threads\":1,"
                + "\"params\":{\"workers\":\"1\"},\"primaryMetric\":{\"score\":10.5,\"scoreError\":0.5,"
                + "\"scoreUnit\":\"us/op\",\"rawDataHistogram\":[[[[10.0,3],[11.0,2]],[[12.0,1]]]]}},"
                + "{\"benchmark\":\"b.B.run\",\"mode\":\"ss\",\"threads\":1,\"params\":{\"workers\":\"2\"},"
                + "\"primaryMetric\":{\"score\":6,\"scoreError\":\"NaN\",\"scoreUnit\":\"us/op\",\"rawData\":[[6,6.2]]}}]");

        List<JmhResult> results = JmhJson.read(file);

        assertThat(results.get(0).rawData()).hasDimensions(1, 6);
        assertThat(results.get(0).rawData()[0]).containsExactly(10, 10, 10, 11, 11, 12);
        assertThat(results.get(0).mode()).isEqualTo("sample");
        assertThat(results.get(1).rawData()[0]).containsExactly(6, 6.2);
    }

    @Test
    void rawDataKeepsOneArrayPerFork() throws Exception {
        Path file = write("forks.json", "[{\"benchmark\":\"b.B.run\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"params\":{\"workers\":\"1\"},\"primaryMetric\":{\"score\":2,\"scoreError\":0.5,"
                + "\"scoreUnit\":\"us/op\",\"rawData\":[[1,2,3],[2,\"NaN\"],[\"NaN\"]]}}]");

        double[][] forks = JmhJson.read(file).get(0).rawData();

        assertThat(forks).hasNumberOfRows(2);
        assertThat(forks[0]).containsExactly(1, 2, 3);
        assertThat(forks[1]).containsExactly(2);
    }

    @Test
    void throughputAndTimeUnitsConvertToSecondsPerOperation() throws ReportInputException {
        assertThat(Units.parse("us/op").secondsPerOp(250)).isEqualTo(250e-6);
        assertThat(Units.parse("ns/op").secondsPerOp(40)).isCloseTo(40e-9, org.assertj.core.api.Assertions.within(1e-20));
        assertThat(Units.parse("ops/ms").secondsPerOp(4)).isEqualTo(0.25e-3);
        assertThat(Units.parse("ops/s").secondsPerOpError(4, 0.4)).isCloseTo(0.025, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Units.parse("s/op").throughput()).isFalse();
        assertThat(Units.parse("B/op")).isNull();
    }

    @Test
    void threadScaledTimeModeDividesThePerThreadTimeByTheThreadCount() throws Exception {
        // JMH -t 1,4 in avgt: each thread's op takes 10 µs, then 20 µs → throughput 1e5/s, then 2e5/s
        String json = new SyntheticJmh()
                .add("x.Y.z", "avgt", 1, Map.of(), 10.0, 0.5, "us/op", 10)
                .add("x.Y.z", "avgt", 4, Map.of(), 20.0, 1.0, "us/op", 20)
                .json();
        Path file = write("threads.json", json);

        List<Measurement> ms = RunLoader.normalise(file, JmhJson.read(file), new ArrayList<>());

        assertThat(ms).extracting(Measurement::workers).containsExactly(1, 4);
        assertThat(ms.get(1).seconds()).isCloseTo(5e-6, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(ms.get(1).threadScaled()).isTrue();
        assertThat(ms.get(0).task()).isEqualTo("Y.z");
        assertThat(ms.get(0).strategy()).isEqualTo("default");
    }

    @Test
    void otherParamsBecomePartOfTheTaskName() throws Exception {
        String json = new SyntheticJmh()
                .add("x.Y.z", "thrpt", 1, Map.of("size", "10", "workers", "1"), 10.0, 0.5, "ops/s", 10)
                .add("x.Y.z", "thrpt", 1, Map.of("size", "10", "workers", "2"), 19.0, 0.5, "ops/s", 19)
                .json();
        Path file = write("params.json", json);

        List<Measurement> ms = RunLoader.normalise(file, JmhJson.read(file), new ArrayList<>());

        assertThat(ms.get(0).task()).isEqualTo("Y.z [size=10]");
        assertThat(ms.get(1).seconds()).isCloseTo(1 / 19.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
