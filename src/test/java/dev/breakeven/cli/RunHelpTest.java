package dev.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.sweep.Budgets;
import dev.breakeven.sweep.Profile;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@code breakeven run --help} promises about budgets is what the profiles hold (it once said 3m30s for 4m15s). */
class RunHelpTest {

    @Test
    void helpNamesEveryProfilesOwnBudget() {
        StringWriter out = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));

        assertThat(cmd.execute("help", "run")).isZero();

        String help = out.toString().replaceAll("\\s+", " ");
        for (Profile p : new Profile[] {Profile.QUICK, Profile.STANDARD, Profile.FULL}) {
            assertThat(help).as(p.id()).contains(p.id() + " " + Budgets.format(p.budget()));
        }
    }
}
