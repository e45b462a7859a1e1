package dev.breakeven.strategies.process;

import java.util.NoSuchElementException;

/**
 * The task indices a dispatcher has sent to its worker and not yet seen answered, oldest first. A worker
 * answers in the order it was sent ({@link Protocol}), so the next reply is always for {@link #oldest()}.
 * A fixed ring of at most the largest window: nothing is allocated per task on the measured path.
 */
final class InFlight {

    private final int[] indices;
    private int head;
    private int count;

    /** Room for {@code capacity} unanswered tasks (the pool's largest window). */
    InFlight(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.indices = new int[capacity];
    }

    int size() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Records task {@code index} as sent. */
    void add(int index) {
        if (count == indices.length) {
            throw new IllegalStateException("already " + count + " tasks in flight, the most this ring holds");
        }
        indices[(head + count++) % indices.length] = index;
    }

    /** The task whose reply comes next. */
    int oldest() {
        requireNotEmpty();
        return indices[head];
    }

    /** The task sent last (named when the write of a batch of tasks fails). */
    int newest() {
        requireNotEmpty();
        return indices[(head + count - 1) % indices.length];
    }

    /** Forgets the oldest task (its reply was read) and returns its index. */
    int removeOldest() {
        int oldest = oldest();
        head = (head + 1) % indices.length;
        count--;
        return oldest;
    }

    private void requireNotEmpty() {
        if (count == 0) {
            throw new NoSuchElementException("no task in flight");
        }
    }
}
