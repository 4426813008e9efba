package id.lentera.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored result, kept because it differed from the one before: the date, the rule-table version,
 * verdict, components that counted and were left out, amount, the reasons and steps, what changed.
 */
public record Snapshot(long id, LocalDate evaluatedOn, long tableId, Verdict verdict, long amountPerYear,
        List<PkhComponent> components, List<PkhComponent> leftOut, List<Text> reasons, List<Text> cause,
        EligibilityCheck.Trigger trigger, Instant recordedAt) {
}
