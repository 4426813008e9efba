package id.lentera.client;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Nomor Induk Kependudukan: 16 digits — province, kabupaten/kota, kecamatan of first issue, day of
 * birth (women add 40), month, two-digit year, serial. Personal data: never logged, masked in lists.
 */
public record Nik(String value) {

    /** Why a string is not a NIK at all: an error the worker must fix. */
    public enum Problem { NOT_16_DIGITS, UNKNOWN_REGION, BAD_KECAMATAN, BAD_BIRTH_DATE, BAD_SERIAL }

    /** Where a valid NIK disagrees with what was recorded: a warning the worker may override. */
    public enum Mismatch { SEX, BIRTH_DATE }

    public Nik {
        List<Problem> problems = problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a NIK: " + problems);
        }
    }

    /** Everything wrong with the string as a NIK; empty when it is well-formed. */
    public static List<Problem> problems(String candidate) {
        List<Problem> problems = new ArrayList<>();
        if (candidate == null || !candidate.matches("\\d{16}")) {
            problems.add(Problem.NOT_16_DIGITS);
            return problems;
        }
        if (!Provinces.knownPrefix(candidate)) {
            problems.add(Problem.UNKNOWN_REGION);
        }
        if (candidate.startsWith("00", 4)) {
            problems.add(Problem.BAD_KECAMATAN);
        }
        if (!encodesADate(candidate)) {
            problems.add(Problem.BAD_BIRTH_DATE);
        }
        if (candidate.endsWith("0000")) {
            problems.add(Problem.BAD_SERIAL);
        }
        return problems;
    }

    /** The NIK in digits with spaces removed, or empty when it is not one. */
    public static Optional<Nik> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s.\\-]", "");
        return problems(digits).isEmpty() ? Optional.of(new Nik(digits)) : Optional.empty();
    }

    public Sex sex() {
        return Integer.parseInt(value.substring(6, 8)) > 40 ? Sex.F : Sex.M;
    }

    /** The birth date the digits encode; the century is the latest that is not after {@code today}. */
    public LocalDate birthDate(LocalDate today) {
        return encodedBirthDate(value, today).orElseThrow();
    }

    /** The 6-digit code of the kecamatan of first issue, dotted: {@code 12.75.05}. */
    public String kecamatanCode() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }

    /** Where the digits disagree with the recorded sex and birth date (either may be null). */
    public List<Mismatch> mismatches(Sex recordedSex, LocalDate recordedBirthDate) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (recordedSex != null && recordedSex != sex()) {
            mismatches.add(Mismatch.SEX);
        }
        if (recordedBirthDate != null) {
            int day = Integer.parseInt(value.substring(6, 8)) % 40;
            int month = Integer.parseInt(value.substring(8, 10));
            int year = Integer.parseInt(value.substring(10, 12));
            if (recordedBirthDate.getDayOfMonth() != day || recordedBirthDate.getMonthValue() != month
                    || recordedBirthDate.getYear() % 100 != year) {
                mismatches.add(Mismatch.BIRTH_DATE);
            }
        }
        return mismatches;
    }

    /** {@code 1275••••••••0003}: what lists show. */
    public String masked() {
        return mask(value);
    }

    /** Masks any 16-digit number the way lists show NIK and KK numbers. */
    public static String mask(String sixteenDigits) {
        if (sixteenDigits == null || sixteenDigits.length() != 16) {
            return sixteenDigits;
        }
        return sixteenDigits.substring(0, 4) + "••••••••" + sixteenDigits.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** Whether the digits hold a real day in 19yy or 20yy; which century is meant needs a date to judge by. */
    private static boolean encodesADate(String digits) {
        LocalDate in2000s = LocalDate.of(2000 + Integer.parseInt(digits.substring(10, 12)), 12, 31);
        return encodedBirthDate(digits, in2000s).isPresent();
    }

    private static Optional<LocalDate> encodedBirthDate(String digits, LocalDate today) {
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int twoDigitYear = Integer.parseInt(digits.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return Optional.empty();
        }
        int century = today.getYear() / 100 * 100;
        int year = century + twoDigitYear;
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (date.isAfter(today)) {
                date = LocalDate.of(year - 100, month, day);
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            // 30 February and the like; also 29 February of a year that is not a leap year
            try {
                return Optional.of(LocalDate.of(year - 100, month, day));
            } catch (DateTimeException again) {
                return Optional.empty();
            }
        }
    }
}
