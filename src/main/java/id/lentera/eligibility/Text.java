package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence to show, as a message key and its arguments, so that the rules stay free of any
 * language: the web layer renders it in the user's language, dates as {@code 12 Mar 2026} and
 * {@link Rupiah} as {@code Rp 2.400.000}. Arguments are strings, numbers, dates, amounts, or other
 * texts (a nested message, e.g. a component's name).
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A sum of money in Rupiah, shown with Indonesian grouping. */
    public record Rupiah(long amount) {
    }

    /** A stable form for comparing results: the key and those arguments that are no dates. */
    String withoutDates() {
        StringBuilder b = new StringBuilder(key);
        for (Object arg : args) {
            if (!(arg instanceof LocalDate)) {
                b.append('|').append(arg instanceof Text t ? t.withoutDates() : String.valueOf(arg));
            }
        }
        return b.toString();
    }
}
