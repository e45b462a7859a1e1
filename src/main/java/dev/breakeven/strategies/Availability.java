package dev.breakeven.strategies;

/** Whether a strategy can run on this JVM, and if not, why (e.g. virtual threads need Java 21). */
public record Availability(boolean available, String reason) {

    public static final Availability YES = new Availability(true, "");

    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
