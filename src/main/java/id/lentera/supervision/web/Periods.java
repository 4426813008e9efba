package id.lentera.supervision.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Months and kecamatan codes as the dashboard and report forms send them; anything else is not one. */
final class Periods {

    private static final Pattern KECAMATAN = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");

    private Periods() {
    }

    /** {@code 2026-11} as a month; null for blank or malformed input. */
    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.getYear() < 2000 || month.getYear() > 2999 ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A kecamatan code such as {@code 12.75.05}, or null when blank or malformed. */
    static String kecamatan(String text) {
        return text != null && KECAMATAN.matcher(text.strip()).matches() ? text.strip() : null;
    }
}
