package id.lentera.eligibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import id.lentera.casework.BarrierCategory;

/**
 * A household's PKH evaluation as of a date, everything the worker is shown.
 *
 * @param counted the components that count: the highest-paying ones up to the table's maximum
 * @param leftOut met components beyond the maximum, which do not count
 * @param missing the facts that are not known and would change the answer or the amount
 */
public record Evaluation(long householdId, LocalDate on, RuleTable table, Verdict verdict, List<MemberResult> members,
        Criterion registry, Criterion ktpEl, Criterion kk, List<Counted> counted, List<Counted> leftOut,
        long amountPerYear, long amountPerStage, List<Text> missing, List<NextStep> steps) {

    /** One criterion: how it came out and the fact that decided it. */
    public record Criterion(Outcome outcome, Text fact) {
    }

    public record ComponentResult(PkhComponent component, Outcome outcome, Text fact) {
    }

    /**
     * @param ignored why the member does not count (deceased, left the household); null when they do
     * @param age the deciding age fact ("Lahir 12 Mar 2021 → 5 tahun pada 22 Nov 2026")
     */
    public record MemberResult(long memberId, String name, boolean head, Text ignored, Text age,
            List<ComponentResult> components) {

        public Outcome outcome(PkhComponent component) {
            return components.stream().filter(c -> c.component() == component).map(ComponentResult::outcome)
                    .findFirst().orElse(Outcome.NOT_MET);
        }

        /** What the panel lists for the member: what is met or not known. */
        public List<ComponentResult> shown() {
            return components.stream().filter(c -> c.outcome() != Outcome.NOT_MET).toList();
        }
    }

    public record Counted(long memberId, String name, PkhComponent component, long amount) {
    }

    /** A concrete step that would change the answer, with the barrier it works on. */
    public record NextStep(Text text, BarrierCategory barrier) {
    }

    public Outcome documents() {
        if (ktpEl.outcome() == Outcome.NOT_MET || kk.outcome() == Outcome.NOT_MET) {
            return Outcome.NOT_MET;
        }
        return ktpEl.outcome() == Outcome.MET && kk.outcome() == Outcome.MET ? Outcome.MET : Outcome.UNKNOWN;
    }

    public List<PkhComponent> countedComponents() {
        return counted.stream().map(Counted::component).toList();
    }

    /**
     * What the result is, without the date it was computed on: equal fingerprints mean nothing a
     * worker would notice has changed (ages that grow without crossing a threshold do not count).
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder().append(table.id()).append(';').append(verdict).append(';')
                .append(registry.outcome()).append(registry.fact().withoutDates()).append(';')
                .append(ktpEl.outcome()).append(kk.outcome()).append(';');
        counted.forEach(c -> b.append(c.memberId()).append(':').append(c.component()).append(','));
        b.append(';');
        leftOut.forEach(c -> b.append(c.memberId()).append(':').append(c.component()).append(','));
        b.append(';');
        members.forEach(m -> m.components().forEach(c -> b.append(m.memberId()).append(c.component().ordinal())
                .append(c.outcome().ordinal()).append(',')));
        b.append(';');
        steps.forEach(s -> b.append(s.text().withoutDates()).append(','));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
