package id.lentera.client;

import java.time.LocalDate;
import java.time.Period;

/**
 * How old someone is on a given date. Never stored: always computed as of a date. When only an
 * (estimated) birth year is known the age is approximate and says so.
 *
 * @param years completed years
 * @param approximate true when computed from a birth year rather than a birth date
 */
public record Age(int years, boolean approximate) {

    /**
     * @return null when neither a birth date nor a birth year is known, or the date lies before birth
     */
    public static Age asOf(LocalDate birthDate, Integer birthYear, LocalDate date) {
        if (birthDate != null) {
            if (date.isBefore(birthDate)) {
                return null;
            }
            // someone born on 29 February turns a year older on 1 March in other years
            return new Age(Period.between(birthDate, date).getYears(), false);
        }
        if (birthYear != null) {
            int years = date.getYear() - birthYear;
            return years < 0 ? null : new Age(years, true);
        }
        return null;
    }
}
