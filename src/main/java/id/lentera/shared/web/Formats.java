package id.lentera.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.lentera.shared.PhoneNumbers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How dates and money look everywhere, used in templates as {@code ${@formats.date(x)}}:
 * {@code 22 Nov 2026}, {@code 22 Nov 2026 14.05}, {@code Rp 3.000.000}.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ZoneId zone;

    Formats(ZoneId officeZone) {
        this.zone = officeZone;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.withLocale(locale()).format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.withLocale(locale()).format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withLocale(locale()).format(instant.atZone(zone));
    }

    /** The time alone, {@code 14.05}: next to {@link #date(Instant)} where a table may wrap between them. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.withLocale(locale()).format(instant.atZone(zone));
    }

    /** A time of day as entered, {@code 14.05}. */
    public String time(LocalTime time) {
        return time == null ? "" : TIME.withLocale(locale()).format(time);
    }

    public String phone(String normalized) {
        return PhoneNumbers.display(normalized);
    }

    /** Rupiah with Indonesian grouping whatever the language: the amount is an Indonesian one. */
    public String rupiah(long amount) {
        return "Rp " + NumberFormat.getIntegerInstance(INDONESIAN).format(amount);
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.UK : INDONESIAN;
    }
}
