package dev.breakeven.report.analysis;

import java.util.Optional;

/**
 * A fit, or the reason there is none (too few worker counts, the optimiser did not converge).
 *
 * @param fit the fit; null when there is none
 * @param reason why there is no fit; null when there is one
 */
public record FitOutcome(UslFit fit, String reason) {

    public static FitOutcome of(UslFit fit) {
        return new FitOutcome(fit, null);
    }

    public static FitOutcome none(String reason) {
        return new FitOutcome(null, reason);
    }

    public Optional<UslFit> asOptional() {
        return Optional.ofNullable(fit);
    }

    public boolean fitted() {
        return fit != null;
    }
}
