package dev.breakeven.testplugins;

import dev.breakeven.api.TaskPlugin;
import dev.breakeven.tasks.NamedWeights;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskKind;
import dev.breakeven.tasks.TaskSpec;

/**
 * A plug-in task for tests: a short arithmetic loop of {@code weight} steps per task, with what the subclass
 * does wrong ({@link #misbehave}). Its classes go into test jars ({@link PluginJars}) to be loaded as users'
 * plug-ins are.
 */
public abstract class TestPlugin implements TaskPlugin {

    private final String name;

    protected TestPlugin(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CPU;
    }

    @Override
    public String unit() {
        return "steps";
    }

    @Override
    public NamedWeights weights() {
        return new NamedWeights(10, 300, 3_000, 100_000);
    }

    @Override
    public String standsFor() {
        return "a test plug-in";
    }

    @Override
    public Task create(long weight, long seed) {
        return new Work(new TaskSpec(name, weight, seed), this);
    }

    /** What the task does wrong at {@code index}, given its honest checksum; returns the checksum to give. */
    protected abstract long misbehave(int index, long checksum) throws Exception;

    /** Whether the current thread is a worker of the fixed-pool strategy, or this JVM a process pool's worker. */
    protected static boolean inPool() {
        return Thread.currentThread().getName().startsWith("fixed-pool") || System.getProperty("breakeven.worker") != null;
    }

    private static final class Work implements Task {
        private final TaskSpec spec;
        private final TestPlugin plugin;

        Work(TaskSpec spec, TestPlugin plugin) {
            this.spec = spec;
            this.plugin = plugin;
        }

        @Override
        public TaskSpec spec() {
            return spec;
        }

        @Override
        public long run(int index) throws Exception {
            long x = spec.seed() + index;
            for (long i = 0; i < spec.weight(); i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            return plugin.misbehave(index, x);
        }
    }

    /** Runs fine everywhere. */
    public static final class Honest extends TestPlugin {
        public Honest() {
            super("honest");
        }

        @Override
        protected long misbehave(int index, long checksum) {
            return checksum;
        }
    }

    /** Not thread-safe: throws when a pool runs it. */
    public static final class FailsInPool extends TestPlugin {
        public FailsInPool() {
            super("fails-in-pool");
        }

        @Override
        protected long misbehave(int index, long checksum) {
            if (inPool()) {
                throw new IllegalStateException("not thread-safe: called from " + Thread.currentThread().getName());
            }
            return checksum;
        }
    }

    /** Waits for ever, ignoring interrupts, at index 2 when a pool runs it. */
    public static final class HangsInPool extends TestPlugin {
        public HangsInPool() {
            super("hangs-in-pool");
        }

        @Override
        protected long misbehave(int index, long checksum) {
            if (index == 2 && inPool()) {
                hang();
            }
            return checksum;
        }
    }

    /** Waits for ever at index 0, wherever it runs: the check before the sweep meets it. */
    public static final class Hangs extends TestPlugin {
        public Hangs() {
            super("hangs");
        }

        @Override
        protected long misbehave(int index, long checksum) {
            hang();
            return checksum;
        }
    }

    /** Its checksum depends on the thread that runs it: a pool computes something else than the loop. */
    public static final class ByThread extends TestPlugin {
        public ByThread() {
            super("by-thread");
        }

        @Override
        protected long misbehave(int index, long checksum) {
            return inPool() ? checksum + 1 : checksum;
        }
    }

    /** A class named in a services file that is no plug-in at all. */
    public static final class NotAPlugin {
        public NotAPlugin() {
        }
    }

    @SuppressWarnings("InfiniteLoopStatement")
    static void hang() {
        while (true) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                // a task that ignores interrupts: only killing its JVM stops it
            }
        }
    }
}
