package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanFitterTest {

    /** Every task as the catalogue sizes it: 1 µs per task at its trivial weight, 10 ms at heavy, log–log between. */
    private static Calibration calibration() {
        Map<String, Double> times = new HashMap<>();
        for (TaskType t : TaskType.all()) {
            times.put(t.id() + "/" + t.weights().trivial(), 1e-6);
            times.put(t.id() + "/" + t.weights().heavy(), 10e-3);
        }
        return Calibration.of(times);
    }

    private static SweepPlan.Request request(Profile profile, int cores) {
        return new SweepPlan.Request(profile, TaskType.all(), StrategyType.all(), List.of(),
                new WorkerCounts(cores, profile.coarseWorkers(), 0, List.of()), profile.batch(), 17, false);
    }

    @Test
    void aBigMachineThinsItsPlanToFitTheSameBudget() {
        PlanFitter.Fitted laptop = PlanFitter.fit(request(Profile.STANDARD, 2), Profile.STANDARD.budget(), 3, 10,
                calibration());
        PlanFitter.Fitted server = PlanFitter.fit(request(Profile.STANDARD, 40), Profile.STANDARD.budget(), 3, 10,
                calibration());

        assertThat(server.firstPassSeconds()).isLessThanOrEqualTo(PlanFitter.FIRST_PASS_SHARE * 27 * 60);
        assertThat(server.expectedSeconds()).isLessThanOrEqualTo(60 * 60);
        assertThat(server.plan().density()).isNotEqualTo(SweepPlan.Density.FULL);
        assertThat(laptop.plan().points()).isNotEmpty();
    }

    @Test
    void aPlanThatCannotFitSaysWhatBudgetItNeeds() {
        PlanFitter.Fitted fitted = PlanFitter.fit(request(Profile.FULL, 40), Duration.ofMinutes(1), 5, 20, calibration());
        assertThat(fitted.fits()).isFalse();
        assertThat(fitted.tooBig()).hasMessageContaining("give a larger --budget (e.g. --budget ");
    }

    @Test
    void budgetsReadAsPeopleTypeThem() {
        assertThat(Budgets.parse("45m")).contains(Duration.ofMinutes(45));
        assertThat(Budgets.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(Budgets.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(Budgets.parse("soon")).isEmpty();
        assertThat(Budgets.parse("0m")).isEmpty();
        assertThat(Budgets.format(Duration.ofSeconds(210))).isEqualTo("3m30s");
    }
}
