package id.lentera.account;


import id.lentera.account.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    static final String EMOJI_20 = "\uD83D\uDC18\uD83C\uDF0B\uD83C\uDF5C\uD83D\uDEB2\uD83C\uDFB7\uD83E\uDD9C"
            + "\uD83E\uDD65\uD83D\uDEFA\uD83C\uDFF8\uD83E\uDDED\uD83E\uDE81\uD83D\uDC22\uD83C\uDF49"
            + "\uD83D\uDEA4\uD83C\uDFBB\uD83E\uDD89\uD83C\uDF35\uD83C\uDF44\uD83D\uDEF6\uD83E\uDDC9";

    /** A passphrase of exactly 128 characters, words a person remembers. */
    static String passphrase128() {
        String words = "kopi susu binjai pagi hari di pasar tavip bersama ibu ibu yang ramah sekali dan selalu "
                + "tersenyum lebar walau hujan deras turun sampai sore";
        assertThat(words.length()).isGreaterThanOrEqualTo(128);
        return words.substring(0, 128);
    }

    @Test
    void acceptsA128CharacterPassphrase() {
        assertThat(policy.check("peksos1", passphrase128(), false)).isEmpty();
    }

    @Test
    void countsCharactersAsAPersonSeesThemNotInUtf16Units() {
        assertThat(EMOJI_20.length()).isEqualTo(40);
        assertThat(policy.check("peksos1", EMOJI_20, false)).isEmpty();
        String emoji128 = EMOJI_20.repeat(7).substring(0, EMOJI_20.repeat(7).offsetByCodePoints(0, 128));
        assertThat(policy.check("peksos1", emoji128, false)).doesNotContain(Violation.TOO_LONG);
        assertThat(policy.check("peksos1", emoji128 + "\uD83D\uDC18", false)).containsExactly(Violation.TOO_LONG);
        assertThat(policy.check("peksos1", "\uD83D\uDC18".repeat(9), false)).containsExactly(Violation.TOO_SHORT);
    }

    @Test
    void judgesOnlyTheFirst64CharactersAndNeverSplitsAnEmoji() {
        String weakStart = "a".repeat(64) + "Xq7#pLm2!zKu9$wB";
        assertThat(policy.check("peksos1", weakStart, false)).contains(Violation.TOO_WEAK);
        String prefix = PasswordPolicy.prefix(EMOJI_20.repeat(4));
        assertThat(prefix.codePointCount(0, prefix.length())).isEqualTo(64);
        assertThat(Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))).isFalse();
    }
}
