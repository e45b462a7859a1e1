package dev.breakeven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerOutputTest {

    @TempDir
    Path dir;

    @Test
    void eachWorkersOutputLandsWholeInItsOwnFile() throws Exception {
        Task chatty = new Task() {
            @Override
            public TaskSpec spec() {
                return new TaskSpec("chatty", 1, 1);
            }

            @Override
            public long run(int index) {
                String me = Thread.currentThread().getName();
                for (int i = 0; i < 50; i++) {
                    System.out.print("task " + index + " ");
                    System.out.print("line " + i + " ");
                    System.out.println("from " + me);
                }
                System.err.println("task " + index + " done on " + me);
                return index;
            }
        };
        try (WorkerOutput ignored = WorkerOutput.install(dir);
             Strategy pool = StrategyType.FIXED_POOL.create(3)) {
            pool.runBatch(chatty, 30);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).hasSize(3);
        long lines = 0;
        for (Path file : files) {
            String worker = file.getFileName().toString().replace(".log", "");
            List<String> content = Files.readAllLines(file);
            assertThat(content).allMatch(l -> l.matches("task \\d+ (line \\d+ from|done on) " + worker));
            lines += content.size();
        }
        assertThat(lines).isEqualTo(30 * 51);
        assertThat(System.out).isNotInstanceOf(WorkerOutput.class);
    }
}
