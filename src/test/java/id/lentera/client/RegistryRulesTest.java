package id.lentera.client;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A registry check: a decile only in DTSEN, a reason when rejected, never checked in the future. */
class RegistryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    private static RegistryCheck check(Registry registry, RegistryState status, String reason, Integer decile,
            LocalDate on) {
        return new RegistryCheck(registry, status, reason, null, decile, on, RegistrySource.SIKS_NG, null);
    }

    @Test
    void aDecileIsOnlyForDtsen() {
        var dtks = check(Registry.DTKS, RegistryState.REGISTERED, null, 3, TODAY);
        assertThatThrownBy(() -> new RegistryStatusEntry(1L, dtks, 1L, NOW)).hasMessage("registry.decile.onlyDtsen");
        assertThat(RegistryStatusLog.problems(dtks, TODAY))
                .containsExactly(new FieldProblem("decile", "registry.decile.onlyDtsen"));

        var dtsen = check(Registry.DTSEN, RegistryState.REGISTERED, null, 3, TODAY);
        assertThat(new RegistryStatusEntry(1L, dtsen, 1L, NOW).getDecile()).isEqualTo(3);
        assertThat(RegistryStatusLog.problems(dtsen, TODAY)).isEmpty();
        assertThat(RegistryStatusLog.problems(check(Registry.DTSEN, RegistryState.REGISTERED, null, 11, TODAY), TODAY))
                .containsExactly(new FieldProblem("decile", "registry.decile.range"));
    }

    @Test
    void aRejectionNeedsAReason() {
        var rejected = check(Registry.DTKS, RegistryState.REJECTED, " ", null, TODAY);
        assertThatThrownBy(() -> new RegistryStatusEntry(1L, rejected, 1L, NOW)).hasMessage("registry.reason.required");
        assertThat(RegistryStatusLog.problems(rejected, TODAY))
                .containsExactly(new FieldProblem("reason", "registry.reason.required"));
        var withReason = check(Registry.DTKS, RegistryState.REJECTED, "NIK tidak padan", null, TODAY);
        assertThat(new RegistryStatusEntry(1L, withReason, 1L, NOW).getReason()).isEqualTo("NIK tidak padan");
    }

    @Test
    void aCheckIsNotDatedInTheFuture() {
        assertThat(RegistryStatusLog.problems(check(Registry.DTKS, RegistryState.NOT_REGISTERED, null, null,
                TODAY.plusDays(1)), TODAY)).containsExactly(new FieldProblem("checkedOn", "registry.checkedOn.future"));
        assertThat(RegistryStatusLog.problems(check(Registry.DTKS, RegistryState.NOT_REGISTERED, null, null, TODAY),
                TODAY)).isEmpty();
    }
}
