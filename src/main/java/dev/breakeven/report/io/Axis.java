package dev.breakeven.report.io;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where one axis of a JMH file (worker count, weight or strategy) comes from.
 *
 * @param source a {@code @Param}, JMH's own thread count, the benchmark method's name, or nowhere
 * @param param the {@code @Param}'s name when {@code source} is {@link Source#PARAM}, else null
 * @param overridden whether the user named it ({@code --workers-param} and the like) rather than breakeven
 *     recognising it
 */
public record Axis(Source source, String param, boolean overridden) {

    public enum Source {
        PARAM, THREADS, METHOD, NONE;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Axis NONE = new Axis(Source.NONE, null, false);
    static final Axis THREADS = new Axis(Source.THREADS, null, false);
    static final Axis METHOD = new Axis(Source.METHOD, null, false);

    static Axis param(String name, boolean overridden) {
        return new Axis(Source.PARAM, name, overridden);
    }

    boolean isParam() {
        return source == Source.PARAM;
    }

    /** {@code param "workers"}, {@code JMH threads (-t)}, ...; {@code option} is added when the user named it. */
    String describe(String option) {
        return switch (source) {
            case PARAM -> "param \"" + param + "\"" + (overridden ? " from " + option : "");
            case THREADS -> "JMH threads (-t)";
            case METHOD -> "method name";
            case NONE -> "none";
        };
    }
}
