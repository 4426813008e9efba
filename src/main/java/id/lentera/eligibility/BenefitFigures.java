package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.Map;

/** What an admin enters for a version of the benefit table. */
public record BenefitFigures(LocalDate effectiveFrom, Map<PkhComponent, Long> amounts, int elderlyAge,
        int childAgeLimit, int maxEducationAge, int maxComponents, int decileFrom, int decileTo, int stagesPerYear,
        String note) {
}
