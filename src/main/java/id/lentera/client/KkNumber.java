package id.lentera.client;

import java.util.Optional;

/**
 * A Nomor Kartu Keluarga: 16 digits starting with the 6-digit code of the kecamatan where it was
 * issued. Personal data like the NIK.
 */
public record KkNumber(String value) {

    public KkNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a KK number");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.matches("\\d{16}") && Provinces.knownPrefix(candidate)
                && !candidate.startsWith("00", 4);
    }

    public static Optional<KkNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s.\\-]", "");
        return isValid(digits) ? Optional.of(new KkNumber(digits)) : Optional.empty();
    }

    public String masked() {
        return Nik.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
