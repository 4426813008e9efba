package id.lentera.client;

import java.time.LocalDate;

/**
 * What is recorded about a person. Either a birth date, or a birth year (flagged when estimated),
 * or neither when nothing is known.
 */
public record PersonFacts(String fullName, String nik, Sex sex, LocalDate birthDate, Integer birthYear,
        boolean birthYearEstimated, String birthplace, MaternalStatus maternalStatus, LocalDate deliveryDate,
        Schooling schooling, TriState severeDisability, String disabilityType) {

    /** Just a name, sex and an estimated birth year: what is known of someone met on the street. */
    public static PersonFacts basic(String fullName, Sex sex, Integer estimatedBirthYear) {
        return new PersonFacts(fullName, null, sex, null, estimatedBirthYear, estimatedBirthYear != null, null,
                MaternalStatus.NONE, null, null, TriState.UNKNOWN, null);
    }
}
