package id.lentera.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian phone numbers as people write them ({@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code (061) 4567890}), stored in one form: {@code +6281234567890}.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    /** The national number without its trunk 0: 8 to 12 digits, never starting with 0. */
    private static final Pattern NATIONAL = Pattern.compile("[1-9]\\d{7,11}");

    private PhoneNumbers() {
    }

    /** The number in {@code +62…} form, or empty when it is not an Indonesian number. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        String national;
        if (digits.startsWith("+62")) {
            national = digits.substring(3);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        return NATIONAL.matcher(national).matches() ? Optional.of("+62" + national) : Optional.empty();
    }

    /** For display: {@code +62 812-3456-7890} becomes {@code 0812-3456-7890}. */
    public static String display(String normalized) {
        if (normalized == null || !normalized.startsWith("+62")) {
            return normalized;
        }
        String local = "0" + normalized.substring(3);
        if (local.length() <= 8) {
            return local;
        }
        return local.substring(0, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);
    }
}
