package dev.breakeven.tasks;

/** What limits a task's speedup: the guide's split into CPU-bound and I/O-bound work, plus two more. */
public enum TaskKind {
    CPU("CPU"), MEMORY("memory"), IO("I/O"), MIXED("mixed");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
