package id.lentera.client;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.lentera.shared.PhoneNumbers;

/**
 * The rules of a client record that need no database: well-formed NIK and KK, plausible birth
 * dates, an Indonesian phone number, no negative income. Field name to message key; empty when
 * all is well. The service adds the checks that read the database.
 */
final class ClientRules {

    /** Nobody on record is older than this. */
    static final int MAX_AGE_YEARS = 120;

    private ClientRules() {
    }

    static Map<String, String> check(ClientRecord record, HouseholdPlan household, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        PersonFacts person = record.person();
        ClientDetails details = record.details();
        if (person.nik() != null) {
            List<Nik.Problem> problems = Nik.problems(person.nik());
            if (!problems.isEmpty()) {
                errors.put("nik", "client.nik.problem." + problems.get(0).name());
            }
        } else if (details.nikMissingReason() == null) {
            errors.put("nikMissingReason", "client.nikMissingReason.required");
        }
        if (person.birthDate() != null) {
            if (person.birthDate().isAfter(today)) {
                errors.put("birthDate", "client.birthDate.future");
            } else if (person.birthDate().isBefore(today.minusYears(MAX_AGE_YEARS))) {
                errors.put("birthDate", "client.birthDate.tooOld");
            }
        } else if (person.birthYear() != null) {
            if (person.birthYear() > today.getYear()) {
                errors.put("birthYear", "client.birthYear.future");
            } else if (person.birthYear() < today.getYear() - MAX_AGE_YEARS) {
                errors.put("birthYear", "client.birthYear.tooOld");
            }
        }
        if (details.phone() != null && PhoneNumbers.normalize(details.phone()).isEmpty()) {
            errors.put("phone", "validation.phone");
        }
        if (details.incomePerMonth() != null && details.incomePerMonth() < 0) {
            errors.put("incomePerMonth", "client.income.negative");
        }
        if (household != null) {
            switch (household.choice()) {
                case NEW -> {
                    String kk = household.address().kkNumber();
                    if (kk != null && !KkNumber.isValid(kk)) {
                        errors.put("kkNumber", "client.kk.invalid");
                    }
                    if (household.address().kelurahanCode() == null) {
                        errors.put("householdKelurahanCode", "client.kelurahan.required");
                    }
                }
                case JOIN -> {
                    if (household.joinKkNumber() == null || !KkNumber.isValid(household.joinKkNumber())) {
                        errors.put("joinKkNumber", "client.kk.invalid");
                    }
                    if (household.relationship() == null) {
                        errors.put("relationship", "client.relationship.required");
                    } else if (household.relationship() == Relationship.HEAD) {
                        errors.put("relationship", "client.relationship.notHead");
                    }
                }
                case NONE -> {
                }
            }
        }
        return errors;
    }
}
