package id.lentera.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * What a new password must be: 10 to 128 characters, not containing the username, not the old
 * one, and not common or easily guessed. The last is judged by nbvcxz, which estimates the
 * guesses an attacker would need using its common-password, name and word dictionaries.
 */
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Each violation is a message key under {@code password.policy.}. */
    public enum Violation { TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, TOO_WEAK, SAME_AS_OLD }

    private final Nbvcxz estimator;

    public PasswordPolicy(double minimumEntropy) {
        this.estimator = new Nbvcxz(new ConfigurationBuilder()
                .setMinimumEntropy(minimumEntropy)
                .setMaxLength(MAX_LENGTH)
                .createConfiguration());
    }

    /**
     * @param sameAsOld whether the candidate equals the current password (the caller knows the hash)
     */
    public List<Violation> check(String username, String candidate, boolean sameAsOld) {
        List<Violation> violations = new ArrayList<>();
        if (candidate == null || candidate.length() < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
            return violations;
        }
        if (candidate.length() > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
            return violations;
        }
        if (username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            violations.add(Violation.CONTAINS_USERNAME);
        }
        if (sameAsOld) {
            violations.add(Violation.SAME_AS_OLD);
        }
        if (!strongEnough(candidate)) {
            violations.add(Violation.TOO_WEAK);
        }
        return violations;
    }

    private boolean strongEnough(String candidate) {
        // nbvcxz keeps per-estimate state in its matchers; one estimate at a time is plenty here
        synchronized (estimator) {
            return estimator.estimate(candidate).isMinimumEntropyMet();
        }
    }
}
