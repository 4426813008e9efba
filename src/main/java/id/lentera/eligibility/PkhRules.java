package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.lentera.casework.BarrierCategory;
import id.lentera.client.Age;
import id.lentera.client.DocumentStatus;
import id.lentera.client.HouseholdFacts;
import id.lentera.client.MaternalStatus;
import id.lentera.client.Registry;
import id.lentera.client.RegistryState;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TriState;
import id.lentera.eligibility.Evaluation.ComponentResult;
import id.lentera.eligibility.Evaluation.Counted;
import id.lentera.eligibility.Evaluation.Criterion;
import id.lentera.eligibility.Evaluation.MemberResult;
import id.lentera.eligibility.Evaluation.NextStep;

/**
 * The PKH rules (DOMAIN §4), plain Java reading a {@link RuleTable}: per member and component
 * met / not met / unknown with the deciding fact; the registry and document requirements; the
 * highest-paying components up to the maximum; the verdict; the next steps.
 *
 * <p>A household is eligible when it is in the registry (with DTSEN: in the target deciles) and has
 * a component. The documents (the head's KTP-el, the family's KK) are what it takes to get into the
 * registry (DOMAIN §3): they are reported with their steps but do not decide the verdict of a
 * household that is registered already.
 */
public final class PkhRules {

    /** Nifas: the weeks after giving birth that count as postpartum. */
    static final int POSTPARTUM_DAYS = 42;
    /** Below this age a child is not expected in school; an unknown school level then does not matter. */
    static final int SCHOOL_START_AGE = 6;

    private enum Missing { BIRTH, SCHOOLING, DISABILITY }

    private PkhRules() {
    }

    public static Evaluation evaluate(HouseholdFacts.Facts facts, RuleTable table, LocalDate on) {
        List<MemberResult> members = new ArrayList<>();
        List<Counted> met = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        List<NextStep> factSteps = new ArrayList<>();
        boolean anyUnknown = false;
        for (HouseholdFacts.Member m : facts.members()) {
            if (m.leftOn() != null && !m.leftOn().isAfter(on)) {
                members.add(new MemberResult(m.memberId(), m.fullName(), false, Text.of("pkh.member.left", m.leftOn()),
                        null, List.of()));
                continue;
            }
            if (m.deceasedOn() != null && !on.isBefore(m.deceasedOn())) {
                members.add(new MemberResult(m.memberId(), m.fullName(), false,
                        Text.of("pkh.member.deceased", m.deceasedOn()), null, List.of()));
                continue;
            }
            Age age = Age.asOf(m.birthDate(), m.birthYear(), on);
            Text ageFact = ageFact(m, age, on);
            Set<Missing> unknown = EnumSet.noneOf(Missing.class);
            List<ComponentResult> results = new ArrayList<>();
            results.add(pregnant(m, on));
            results.add(byAge(PkhComponent.EARLY_CHILD, atMost(age, table.childAgeLimit()), ageFact, unknown));
            results.addAll(education(m, age, ageFact, table, unknown));
            results.add(disability(m, unknown));
            results.add(byAge(PkhComponent.ELDERLY, atLeast(age, table.elderlyAge()), ageFact, unknown));
            for (ComponentResult r : results) {
                if (r.outcome() == Outcome.MET) {
                    met.add(new Counted(m.memberId(), m.fullName(), r.component(), table.amount(r.component())));
                } else if (r.outcome() == Outcome.UNKNOWN) {
                    anyUnknown = true;
                }
            }
            for (Missing kind : unknown) {
                switch (kind) {
                    case BIRTH -> {
                        missing.add(Text.of("pkh.missing.birth", m.fullName()));
                        factSteps.add(new NextStep(Text.of("pkh.step.recordBirth", m.fullName()),
                                BarrierCategory.ADMINISTRATIVE));
                    }
                    case SCHOOLING -> {
                        missing.add(Text.of("pkh.missing.schooling", m.fullName()));
                        factSteps.add(new NextStep(Text.of("pkh.step.recordSchooling", m.fullName()),
                                BarrierCategory.EDUCATION));
                    }
                    case DISABILITY -> {
                        missing.add(Text.of("pkh.missing.disability", m.fullName()));
                        factSteps.add(new NextStep(Text.of("pkh.step.recordDisability", m.fullName()),
                                BarrierCategory.HEALTH));
                    }
                }
            }
            members.add(new MemberResult(m.memberId(), m.fullName(), m.head(), null, ageFact, List.copyOf(results)));
        }

        // the highest-paying first; equal amounts in the table's order, then (the sort is stable) the roster's
        List<Counted> sorted = new ArrayList<>(met);
        sorted.sort(Comparator.comparingLong(Counted::amount).reversed().thenComparing(Counted::component));
        List<Counted> counted = List.copyOf(sorted.subList(0, Math.min(table.maxComponents(), sorted.size())));
        List<Counted> leftOut = List.copyOf(sorted.subList(counted.size(), sorted.size()));
        long perYear = counted.stream().mapToLong(Counted::amount).sum();

        HouseholdFacts.Member head = facts.head();
        List<NextStep> steps = new ArrayList<>();
        Criterion ktp = ktpEl(head, steps);
        Criterion kk = kk(facts, head, steps);
        Criterion registry = registry(facts.registration(), table, steps);
        if (registry.outcome() == Outcome.UNKNOWN) {
            missing.add(0, registry.fact());
        }

        Verdict verdict;
        if (!counted.isEmpty()) {
            verdict = switch (registry.outcome()) {
                case MET -> Verdict.ELIGIBLE;
                case UNKNOWN -> Verdict.CANNOT_TELL;
                case NOT_MET -> outsideTargetDeciles(facts.registration(), table) ? Verdict.NOT_ELIGIBLE
                        : Verdict.ONCE_REGISTERED;
            };
        } else {
            verdict = anyUnknown ? Verdict.CANNOT_TELL : Verdict.NOT_ELIGIBLE;
        }
        // facts of members matter while they could still add a component that counts
        if (verdict == Verdict.CANNOT_TELL || counted.size() < table.maxComponents()) {
            steps.addAll(factSteps);
        } else {
            missing.removeIf(t -> !t.key().startsWith("pkh.registry"));
        }
        return new Evaluation(facts.householdId(), on, table, verdict, List.copyOf(members), registry, ktp, kk,
                counted, leftOut, perYear, table.stagesPerYear() == 0 ? 0 : perYear / table.stagesPerYear(),
                List.copyOf(missing), List.copyOf(steps));
    }

    // --- members

    private static Text ageFact(HouseholdFacts.Member m, Age age, LocalDate on) {
        if (age == null) {
            return Text.of("pkh.fact.birthUnknown");
        }
        if (m.birthDate() != null) {
            return Text.of("pkh.fact.born", m.birthDate(), age.years(), on);
        }
        return Text.of("pkh.fact.bornYear", m.birthYear(), age.years(), on);
    }

    private static ComponentResult pregnant(HouseholdFacts.Member m, LocalDate on) {
        if (m.sex() != Sex.F || m.maternalStatus() == MaternalStatus.NONE) {
            return new ComponentResult(PkhComponent.PREGNANT, Outcome.NOT_MET, Text.of("pkh.fact.notPregnant"));
        }
        if (m.maternalStatus() == MaternalStatus.PREGNANT) {
            return new ComponentResult(PkhComponent.PREGNANT, Outcome.MET, Text.of("pkh.fact.pregnant"));
        }
        if (m.deliveryDate() == null) {
            return new ComponentResult(PkhComponent.PREGNANT, Outcome.MET, Text.of("pkh.fact.postpartum"));
        }
        boolean within = !on.isAfter(m.deliveryDate().plusDays(POSTPARTUM_DAYS));
        return new ComponentResult(PkhComponent.PREGNANT, within ? Outcome.MET : Outcome.NOT_MET,
                Text.of(within ? "pkh.fact.postpartumSince" : "pkh.fact.postpartumOver", m.deliveryDate()));
    }

    private static ComponentResult byAge(PkhComponent component, Outcome outcome, Text ageFact, Set<Missing> unknown) {
        if (outcome == Outcome.UNKNOWN) {
            unknown.add(Missing.BIRTH);
        }
        return new ComponentResult(component, outcome, ageFact);
    }

    private static List<ComponentResult> education(HouseholdFacts.Member m, Age age, Text ageFact, RuleTable table,
            Set<Missing> unknown) {
        List<ComponentResult> results = new ArrayList<>();
        Schooling schooling = m.schooling();
        for (PkhComponent level : List.of(PkhComponent.SD, PkhComponent.SMP, PkhComponent.SMA)) {
            if (schooling == null) {
                if (atLeast(age, table.maxEducationAge() + 1) == Outcome.MET) {
                    results.add(new ComponentResult(level, Outcome.NOT_MET, ageFact));
                } else if (atMost(age, SCHOOL_START_AGE - 1) == Outcome.MET) {
                    results.add(new ComponentResult(level, Outcome.NOT_MET, ageFact));
                } else {
                    unknown.add(Missing.SCHOOLING);
                    results.add(new ComponentResult(level, Outcome.UNKNOWN, Text.of("pkh.fact.schoolingUnknown")));
                }
            } else if (!schooling.name().equals(level.name())) {
                results.add(new ComponentResult(level, Outcome.NOT_MET,
                        Text.of("pkh.fact.schooling", Text.of("pkh.schooling." + schooling))));
            } else if (age == null) {
                // a pupil in SD or SMP is surely below the age limit; in SMA not necessarily
                Outcome outcome = level == PkhComponent.SMA ? Outcome.UNKNOWN : Outcome.MET;
                if (outcome == Outcome.UNKNOWN) {
                    unknown.add(Missing.BIRTH);
                }
                results.add(new ComponentResult(level, outcome,
                        Text.of("pkh.fact.pupil", Text.of("pkh.schooling." + schooling), ageFact)));
            } else {
                Outcome outcome = atMost(age, table.maxEducationAge());
                if (outcome == Outcome.UNKNOWN) {
                    unknown.add(Missing.BIRTH);
                }
                results.add(new ComponentResult(level, outcome,
                        Text.of(outcome == Outcome.NOT_MET ? "pkh.fact.pupilTooOld" : "pkh.fact.pupil",
                                Text.of("pkh.schooling." + schooling), ageFact, table.maxEducationAge())));
            }
        }
        return results;
    }

    private static ComponentResult disability(HouseholdFacts.Member m, Set<Missing> unknown) {
        TriState severe = m.severeDisability() == null ? TriState.UNKNOWN : m.severeDisability();
        return switch (severe) {
            case YES -> new ComponentResult(PkhComponent.DISABILITY, Outcome.MET, Text.of("pkh.fact.disabled"));
            case NO -> new ComponentResult(PkhComponent.DISABILITY, Outcome.NOT_MET, Text.of("pkh.fact.notDisabled"));
            case UNKNOWN -> {
                unknown.add(Missing.DISABILITY);
                yield new ComponentResult(PkhComponent.DISABILITY, Outcome.UNKNOWN, Text.of("pkh.fact.disabilityUnknown"));
            }
        };
    }

    /**
     * From a birth year alone the true age is the computed one or one less, so a year that puts the
     * person right at a limit cannot tell.
     */
    static Outcome atMost(Age age, int max) {
        if (age == null) {
            return Outcome.UNKNOWN;
        }
        if (age.years() <= max) {
            return Outcome.MET;
        }
        return age.approximate() && age.years() == max + 1 ? Outcome.UNKNOWN : Outcome.NOT_MET;
    }

    static Outcome atLeast(Age age, int min) {
        if (age == null) {
            return Outcome.UNKNOWN;
        }
        if (!age.approximate()) {
            return age.years() >= min ? Outcome.MET : Outcome.NOT_MET;
        }
        if (age.years() - 1 >= min) {
            return Outcome.MET;
        }
        return age.years() == min ? Outcome.UNKNOWN : Outcome.NOT_MET;
    }

    // --- registry and documents

    private static Criterion registry(HouseholdFacts.Registration r, RuleTable table, List<NextStep> steps) {
        if (r == null) {
            steps.add(new NextStep(Text.of("pkh.step.checkRegistry"), BarrierCategory.INFORMATION));
            return new Criterion(Outcome.UNKNOWN, Text.of("pkh.registry.neverChecked"));
        }
        Text registry = Text.of("pkh.registry." + r.registry());
        return switch (r.status()) {
            case REGISTERED -> {
                if (r.registry() == Registry.DTKS) {
                    yield new Criterion(Outcome.MET, Text.of("pkh.registry.in", registry, r.checkedOn()));
                }
                if (r.decile() == null) {
                    steps.add(new NextStep(Text.of("pkh.step.checkDecile"), BarrierCategory.INFORMATION));
                    yield new Criterion(Outcome.UNKNOWN, Text.of("pkh.registry.decileUnknown", r.checkedOn()));
                }
                boolean inTarget = r.decile() >= table.decileFrom() && r.decile() <= table.decileTo();
                if (!inTarget) {
                    steps.add(new NextStep(Text.of("pkh.step.updateDtsen"), BarrierCategory.INFORMATION));
                }
                yield new Criterion(inTarget ? Outcome.MET : Outcome.NOT_MET, Text.of(
                        inTarget ? "pkh.registry.decileIn" : "pkh.registry.decileOut", r.decile(), table.decileFrom(),
                        table.decileTo(), r.checkedOn()));
            }
            case PROPOSED, IN_VERIFICATION -> {
                steps.add(new NextStep(Text.of("pkh.step.followUp"), BarrierCategory.ADMINISTRATIVE));
                yield new Criterion(Outcome.NOT_MET, Text.of("pkh.registry.pending", registry,
                        Text.of("pkh.registry.state." + r.status()), r.checkedOn()));
            }
            case REJECTED -> {
                steps.add(new NextStep(Text.of("pkh.step.proposeAgain", r.reason() == null ? "" : r.reason()),
                        BarrierCategory.ADMINISTRATIVE));
                yield new Criterion(Outcome.NOT_MET, Text.of("pkh.registry.rejected", registry,
                        r.reason() == null ? "" : r.reason(), r.checkedOn()));
            }
            case NOT_REGISTERED, INACTIVE -> {
                steps.add(new NextStep(Text.of("pkh.step.propose"), BarrierCategory.ADMINISTRATIVE));
                yield new Criterion(Outcome.NOT_MET, Text.of("pkh.registry.notIn", registry,
                        Text.of("pkh.registry.state." + r.status()), r.checkedOn()));
            }
        };
    }

    private static boolean outsideTargetDeciles(HouseholdFacts.Registration r, RuleTable table) {
        return r != null && r.status() == RegistryState.REGISTERED && r.registry() == Registry.DTSEN
                && r.decile() != null && (r.decile() < table.decileFrom() || r.decile() > table.decileTo());
    }

    private static Criterion ktpEl(HouseholdFacts.Member head, List<NextStep> steps) {
        DocumentStatus status = head == null ? DocumentStatus.UNKNOWN : head.ktpEl();
        String name = head == null ? "" : head.fullName();
        return switch (status) {
            case HAVE -> new Criterion(Outcome.MET, Text.of("pkh.doc.ktpHave", name));
            case LOST, NEVER_HAD -> {
                steps.add(new NextStep(Text.of("pkh.step.ktp"), BarrierCategory.ADMINISTRATIVE));
                yield new Criterion(Outcome.NOT_MET, Text.of("pkh.doc.ktp" + (status == DocumentStatus.LOST ? "Lost"
                        : "Never"), name));
            }
            case UNKNOWN -> {
                steps.add(new NextStep(Text.of("pkh.step.askKtp", name), BarrierCategory.ADMINISTRATIVE));
                yield new Criterion(Outcome.UNKNOWN, Text.of("pkh.doc.ktpUnknown", name));
            }
        };
    }

    private static Criterion kk(HouseholdFacts.Facts facts, HouseholdFacts.Member head, List<NextStep> steps) {
        DocumentStatus status = head == null ? DocumentStatus.UNKNOWN : head.kk();
        if (facts.hasKkNumber() || status == DocumentStatus.HAVE) {
            return new Criterion(Outcome.MET, Text.of(facts.hasKkNumber() ? "pkh.doc.kkNumber" : "pkh.doc.kkHave"));
        }
        if (status == DocumentStatus.LOST || status == DocumentStatus.NEVER_HAD) {
            steps.add(new NextStep(Text.of("pkh.step.kk"), BarrierCategory.ADMINISTRATIVE));
            return new Criterion(Outcome.NOT_MET, Text.of(status == DocumentStatus.LOST ? "pkh.doc.kkLost"
                    : "pkh.doc.kkNever"));
        }
        steps.add(new NextStep(Text.of("pkh.step.askKk"), BarrierCategory.ADMINISTRATIVE));
        return new Criterion(Outcome.UNKNOWN, Text.of("pkh.doc.kkUnknown"));
    }
}
