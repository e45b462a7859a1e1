package dev.breakeven.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A task's four named weights, in its own work unit, chosen so that on a 2-core laptop-class machine they
 * take roughly 1 µs (trivial), 30 µs (light), 300 µs (medium) and 10 ms or more (heavy) per task.
 */
public record NamedWeights(long trivial, long light, long medium, long heavy) {

    public static final List<String> NAMES = List.of("trivial", "light", "medium", "heavy");

    public NamedWeights {
        if (!(0 < trivial && trivial < light && light < medium && medium < heavy)) {
            throw new IllegalArgumentException("named weights must grow: " + trivial + " " + light + " "
                    + medium + " " + heavy);
        }
    }

    /** The weight called {@code name} (trivial, light, medium or heavy), or -1 if there is none. */
    public long byName(String name) {
        return switch (name) {
            case "trivial" -> trivial;
            case "light" -> light;
            case "medium" -> medium;
            case "heavy" -> heavy;
            default -> -1;
        };
    }

    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        NAMES.forEach(n -> map.put(n, byName(n)));
        return map;
    }

    /**
     * The named weights plus {@code between} log-spaced weights inside each gap between neighbours, for
     * finer break-even curves. {@code between = 0} gives the four named weights.
     */
    public List<Long> logSpaced(int between) {
        long[] named = {trivial, light, medium, heavy};
        TreeSet<Long> weights = new TreeSet<>();
        for (int i = 0; i < named.length; i++) {
            weights.add(named[i]);
            if (i + 1 < named.length) {
                double lo = Math.log(named[i]);
                double hi = Math.log(named[i + 1]);
                for (int k = 1; k <= between; k++) {
                    weights.add(Math.round(Math.exp(lo + (hi - lo) * k / (between + 1))));
                }
            }
        }
        return new ArrayList<>(weights);
    }
}
