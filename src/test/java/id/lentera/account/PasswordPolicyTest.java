package id.lentera.account;

import id.lentera.account.PasswordPolicy.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(35);

    @Test
    void acceptsALongUnusualPassphrase() {
        assertThat(policy.check("peksos1", "Kopi-Susu-Binjai-2026", false)).isEmpty();
    }

    @Test
    void refusesShorterThanTen() {
        assertThat(policy.check("peksos1", "Xq7#pLm2!", false)).containsExactly(Violation.TOO_SHORT);
    }

    @Test
    void acceptsExactlyTenWhenStrong() {
        assertThat(policy.check("peksos1", "Xq7#pLm2!z", false)).isEmpty();
    }

    @Test
    void refusesLongerThan128() {
        assertThat(policy.check("peksos1", "a".repeat(129), false)).containsExactly(Violation.TOO_LONG);
    }

    @Test
    void refusesNull() {
        assertThat(policy.check("peksos1", null, false)).containsExactly(Violation.TOO_SHORT);
    }

    @Test
    void refusesTheUsernameInsideWhateverTheCase() {
        assertThat(policy.check("dewi.lestari", "Rahasia-DEWI.LESTARI-77", false))
                .contains(Violation.CONTAINS_USERNAME);
    }

    @Test
    void refusesTheOldPassword() {
        assertThat(policy.check("peksos1", "Kopi-Susu-Binjai-2026", true)).containsExactly(Violation.SAME_AS_OLD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "qwertyuiop", "1234567890", "indonesia123", "bismillah123",
            "aaaaaaaaaaaa", "Password2026", "jakarta2026"})
    void refusesCommonAndEasilyGuessedPasswords(String weak) {
        assertThat(policy.check("peksos1", weak, false)).contains(Violation.TOO_WEAK);
    }

    @Test
    void temporaryPasswordsPassThePolicy() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.check("peksos1", TemporaryPasswords.generate(), false)).isEmpty();
        }
    }
}
