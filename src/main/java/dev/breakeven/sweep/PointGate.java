package dev.breakeven.sweep;

import java.util.Optional;

/** Decides before a point runs whether it must be skipped, and says why (e.g. it cannot fit in memory). */
@FunctionalInterface
public interface PointGate {

    PointGate OPEN = point -> Optional.empty();

    /** The reason to skip {@code point}, or empty to run it. */
    Optional<String> blocks(Point point);
}
