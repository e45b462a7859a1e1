package dev.breakeven.tasks;

/**
 * Makes one task index throw, to show how failures are reported: set the system property
 * {@code breakeven.inject-failure} to {@code TASK:INDEX} (the sweep's {@code --inject-failure} does this
 * in every fork). Without the property, tasks are returned unwrapped and nothing is added to their path.
 */
final class InjectedFailure {

    static final String PROPERTY = "breakeven.inject-failure";

    private InjectedFailure() {
    }

    static Task wrap(Task task) {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return task;
        }
        String[] parts = value.split(":");
        if (parts.length != 2 || !parts[0].equals(task.spec().task())) {
            return task;
        }
        int failing = Integer.parseInt(parts[1].trim());
        return new ForwardingTask(task) {
            @Override
            public long run(int index) throws Exception {
                if (index == failing) {
                    throw new IllegalStateException("injected failure at index " + index
                            + " (-D" + PROPERTY + "=" + value + ")");
                }
                return task.run(index);
            }
        };
    }
}
