package dev.breakeven.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.breakeven.results.ResultsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/** JMH's own JSON for run results, exactly as {@code -rf json} writes it, as a Jackson array to merge. */
final class JmhFormat {

    private JmhFormat() {
    }

    static ArrayNode of(Collection<RunResult> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        return (ArrayNode) ResultsJson.MAPPER.readTree(bytes.toByteArray());
    }
}
