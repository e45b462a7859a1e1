package dev.breakeven.tasks;

/**
 * A task that wraps another: its spec and its clean-up are the wrapped task's; a subclass changes only how
 * {@link #run(int)} goes (a failure injected at one index, a watchdog around every run).
 */
abstract class ForwardingTask implements Task {

    final Task task;

    ForwardingTask(Task task) {
        this.task = task;
    }

    @Override
    public TaskSpec spec() {
        return task.spec();
    }

    @Override
    public void close() throws Exception {
        task.close();
    }
}
