package id.lentera.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a person's recorded facts believable, checked without the database: dates of birth
 * and delivery within sensible bounds, pregnancy only for women, a well-formed NIK. The field names
 * are those of the member form.
 */
final class PersonFactsRules {

    static final int MAX_AGE_YEARS = 120;
    /** A pregnancy lasts at most about ten months from now; a birth counts as postpartum for a while. */
    static final int MAX_MONTHS_UNTIL_DELIVERY = 10;
    static final int MAX_MONTHS_SINCE_DELIVERY = 12;

    private PersonFactsRules() {
    }

    static List<FieldProblem> check(PersonFacts facts, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (facts.nik() != null && !Nik.problems(facts.nik()).isEmpty()) {
            problems.add(new FieldProblem("nik", "member.nik.invalid"));
        }
        LocalDate oldest = today.minusYears(MAX_AGE_YEARS);
        if (facts.birthDate() != null) {
            if (facts.birthDate().isAfter(today)) {
                problems.add(new FieldProblem("birthDate", "member.birthDate.future"));
            } else if (facts.birthDate().isBefore(oldest)) {
                problems.add(new FieldProblem("birthDate", "member.birthDate.tooOld"));
            }
        } else if (facts.birthYear() != null
                && (facts.birthYear() > today.getYear() || facts.birthYear() < oldest.getYear())) {
            problems.add(new FieldProblem("birthYear", "member.birthYear.range"));
        }
        MaternalStatus maternal = facts.maternalStatus() == null ? MaternalStatus.NONE : facts.maternalStatus();
        if (maternal != MaternalStatus.NONE) {
            if (facts.sex() != Sex.F) {
                problems.add(new FieldProblem("maternalStatus", "member.maternal.womenOnly"));
            } else if (facts.deliveryDate() == null) {
                problems.add(new FieldProblem("deliveryDate", "member.deliveryDate.required"));
            } else if (maternal == MaternalStatus.PREGNANT && (facts.deliveryDate().isBefore(today)
                    || facts.deliveryDate().isAfter(today.plusMonths(MAX_MONTHS_UNTIL_DELIVERY)))) {
                problems.add(new FieldProblem("deliveryDate", "member.deliveryDate.expected"));
            } else if (maternal == MaternalStatus.POSTPARTUM && (facts.deliveryDate().isAfter(today)
                    || facts.deliveryDate().isBefore(today.minusMonths(MAX_MONTHS_SINCE_DELIVERY)))) {
                problems.add(new FieldProblem("deliveryDate", "member.deliveryDate.actual"));
            }
        }
        if (facts.severeDisability() == TriState.YES && (facts.disabilityType() == null
                || facts.disabilityType().isBlank())) {
            problems.add(new FieldProblem("disabilityType", "member.disabilityType.required"));
        }
        return problems;
    }
}
