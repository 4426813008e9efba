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
 *
 * <p>Characters are counted as a person sees them (code points): an emoji is one, not two. The
 * hash (Argon2) takes any length, so whatever this policy accepts also signs in.
 */
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /**
     * The most UTF-16 units a password of {@link #MAX_LENGTH} characters can take (every character
     * outside the Basic Multilingual Plane takes two): the bound for form fields.
     */
    public static final int MAX_UTF16_LENGTH = 2 * MAX_LENGTH;
    /**
     * nbvcxz judges only this many first characters: its cost grows much faster than the length,
     * and a password whose first 64 characters are hard to guess is hard to guess.
     */
    static final int ESTIMATED_PREFIX = 64;
    /**
     * Measured on a 2-core machine: a 64-character prefix costs 30-150 ms for a passphrase and up to
     * about 650 ms for the worst repetitive input ("Ab1!" repeated); the whole 128 took over a second.
     */
    private static final long COMBINATION_TIMEOUT_MILLIS = 100;

    /** Each violation is a message key under {@code password.policy.}. */
    public enum Violation { TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, TOO_WEAK, SAME_AS_OLD }

    private final Nbvcxz estimator;

    public PasswordPolicy(double minimumEntropy) {
        this.estimator = new Nbvcxz(new ConfigurationBuilder()
                .setMinimumEntropy(minimumEntropy)
                .setMaxLength(2 * ESTIMATED_PREFIX)
                // past this, nbvcxz settles for a good combination instead of the best one
                .setCombinationAlgorithmTimeout(COMBINATION_TIMEOUT_MILLIS)
                .createConfiguration());
    }

    /**
     * @param sameAsOld whether the candidate equals the current password (the caller knows the hash)
     */
    public List<Violation> check(String username, String candidate, boolean sameAsOld) {
        List<Violation> violations = new ArrayList<>();
        int length = candidate == null ? 0 : candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
            return violations;
        }
        if (length > MAX_LENGTH) {
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

    /**
     * nbvcxz keeps no state between estimates (its matchers and configuration are immutable), so
     * concurrent estimates need no lock.
     */
    boolean strongEnough(String candidate) {
        return estimator.estimate(prefix(candidate)).isMinimumEntropyMet();
    }

    static String prefix(String candidate) {
        if (candidate.codePointCount(0, candidate.length()) <= ESTIMATED_PREFIX) {
            return candidate;
        }
        return candidate.substring(0, candidate.offsetByCodePoints(0, ESTIMATED_PREFIX));
    }
}
