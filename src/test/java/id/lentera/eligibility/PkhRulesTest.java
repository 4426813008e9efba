package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import id.lentera.client.DocumentStatus;
import id.lentera.client.HouseholdFacts;
import id.lentera.client.MaternalStatus;
import id.lentera.client.Registry;
import id.lentera.client.RegistryState;
import id.lentera.client.Relationship;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TriState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The PKH rules, table-driven, without Spring: each row a household, a date, a table and what must come out. */
class PkhRulesTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 22);
    static final RuleTable T2025 = RuleTable.of2025(1);
    static final HouseholdFacts.Registration DTSEN_2 = reg(Registry.DTSEN, RegistryState.REGISTERED, 2);

    /** A member being built: the head is an adult man with his documents, everything else known and "no". */
    static final class M {
        long id;
        String name;
        Relationship relationship = Relationship.CHILD;
        Sex sex = Sex.F;
        LocalDate birthDate;
        Integer birthYear;
        MaternalStatus maternal = MaternalStatus.NONE;
        LocalDate delivery;
        Schooling schooling = Schooling.FINISHED;
        TriState disability = TriState.NO;
        LocalDate deceased;
        LocalDate left;
        DocumentStatus ktp = DocumentStatus.UNKNOWN;
        DocumentStatus kk = DocumentStatus.UNKNOWN;

        M born(LocalDate date) { birthDate = date; birthYear = null; return this; }
        M bornIn(int year) { birthYear = year; birthDate = null; return this; }
        M unknownBirth() { birthDate = null; birthYear = null; return this; }
        M school(Schooling s) { schooling = s; return this; }
        M male() { sex = Sex.M; return this; }
        M pregnant() { maternal = MaternalStatus.PREGNANT; return this; }
        M postpartum(LocalDate on) { maternal = MaternalStatus.POSTPARTUM; delivery = on; return this; }
        M disabled(TriState t) { disability = t; return this; }
        M died(LocalDate on) { deceased = on; return this; }
        M leftOn(LocalDate on) { left = on; return this; }
        M docs(DocumentStatus ktpEl, DocumentStatus kartu) { ktp = ktpEl; kk = kartu; return this; }

        HouseholdFacts.Member build() {
            return new HouseholdFacts.Member(id, id, name, relationship, sex, birthDate, birthYear, maternal, delivery,
                    schooling, disability, deceased, left, ktp, kk);
        }
    }

    static int ids = 100;

    static M head() {
        M m = member("Kepala").male().born(ON.minusYears(45)).docs(DocumentStatus.HAVE, DocumentStatus.HAVE);
        m.relationship = Relationship.HEAD;
        return m;
    }

    static M member(String name) {
        M m = new M();
        m.id = ids++;
        m.name = name;
        m.birthDate = ON.minusYears(30);
        return m;
    }

    static HouseholdFacts.Registration reg(Registry registry, RegistryState state, Integer decile) {
        return new HouseholdFacts.Registration(registry, state, decile, ON.minusMonths(1),
                state == RegistryState.REJECTED ? "NIK tidak padan" : null);
    }

    static HouseholdFacts.Facts household(HouseholdFacts.Registration registration, M... members) {
        return household(false, registration, members);
    }

    static HouseholdFacts.Facts household(boolean kkNumber, HouseholdFacts.Registration registration, M... members) {
        List<HouseholdFacts.Member> list = new ArrayList<>();
        for (M m : members) {
            list.add(m.build());
        }
        return new HouseholdFacts.Facts(1, "12.75.05.1001", kkNumber, list, registration);
    }

    /** The head (no component) and one more member, registered in DTSEN decile 2. */
    static HouseholdFacts.Facts with(M other) {
        return household(DTSEN_2, head(), other);
    }

    static Arguments row(String name, HouseholdFacts.Facts facts, Consumer<Evaluation> check) {
        return row(name, facts, ON, T2025, check);
    }

    static Arguments row(String name, HouseholdFacts.Facts facts, LocalDate on, RuleTable table,
            Consumer<Evaluation> check) {
        return Arguments.of(name, facts, on, table, check);
    }

    static Consumer<Evaluation> outcome(PkhComponent component, Outcome expected) {
        return e -> assertThat(e.members().get(1).outcome(component)).as(component.name()).isEqualTo(expected);
    }

    static Consumer<Evaluation> verdict(Verdict expected) {
        return e -> assertThat(e.verdict()).isEqualTo(expected);
    }

    static Consumer<Evaluation> steps(String... keys) {
        return e -> assertThat(e.steps().stream().map(s -> s.text().key())).contains(keys);
    }

    static Consumer<Evaluation> noSteps(String... keys) {
        return e -> assertThat(e.steps().stream().map(s -> s.text().key())).doesNotContain(keys);
    }

    static Consumer<Evaluation> counted(PkhComponent... components) {
        return e -> assertThat(e.countedComponents()).containsExactly(components);
    }

    static Consumer<Evaluation> amount(long perYear) {
        return e -> assertThat(e.amountPerYear()).isEqualTo(perYear);
    }

    @SafeVarargs
    static Consumer<Evaluation> all(Consumer<Evaluation>... checks) {
        return e -> Stream.of(checks).forEach(c -> c.accept(e));
    }

    static Stream<Arguments> rules() {
        LocalDate seventh = ON; // a child born seven years before ON turns 7 on ON
        RuleTable sixty = T2025.withElderlyAge(60);
        RuleTable t2026 = T2025.withAmount(2, LocalDate.of(2026, 1, 1), PkhComponent.SD, 1_000_000);
        return Stream.of(
                // children 0-6
                row("child the day before the 7th birthday counts", with(member("Anak").born(seventh.minusYears(7).plusDays(1)).school(Schooling.PAUD)),
                        outcome(PkhComponent.EARLY_CHILD, Outcome.MET)),
                row("child on the 7th birthday no longer counts", with(member("Anak").born(seventh.minusYears(7)).school(Schooling.SD)),
                        all(outcome(PkhComponent.EARLY_CHILD, Outcome.NOT_MET), outcome(PkhComponent.SD, Outcome.MET))),
                row("a baby born today counts", with(member("Bayi").born(ON).school(Schooling.NOT_YET)),
                        all(outcome(PkhComponent.EARLY_CHILD, Outcome.MET), amount(3_000_000))),
                row("born seven years ago by year only cannot tell", with(member("Anak").bornIn(ON.getYear() - 7).school(Schooling.PAUD)),
                        outcome(PkhComponent.EARLY_CHILD, Outcome.UNKNOWN)),
                row("born five years ago by year only counts", with(member("Anak").bornIn(ON.getYear() - 5).school(Schooling.PAUD)),
                        outcome(PkhComponent.EARLY_CHILD, Outcome.MET)),
                row("unknown birth date: the child component is unknown", with(member("Anak").unknownBirth().school(Schooling.PAUD)),
                        all(outcome(PkhComponent.EARLY_CHILD, Outcome.UNKNOWN), outcome(PkhComponent.ELDERLY, Outcome.UNKNOWN),
                                verdict(Verdict.CANNOT_TELL), steps("pkh.step.recordBirth"))),
                // elderly
                row("elderly at 69 does not count", with(member("Nenek").born(ON.minusYears(70).plusDays(1))),
                        outcome(PkhComponent.ELDERLY, Outcome.NOT_MET)),
                row("elderly at 70 counts", with(member("Nenek").born(ON.minusYears(70))),
                        all(outcome(PkhComponent.ELDERLY, Outcome.MET), amount(2_400_000))),
                row("elderly at 60 counts with the threshold at 60", with(member("Nenek").born(ON.minusYears(60))), ON, sixty,
                        outcome(PkhComponent.ELDERLY, Outcome.MET)),
                row("elderly at 59 does not count with the threshold at 60", with(member("Nenek").born(ON.minusYears(60).plusDays(1))), ON, sixty,
                        outcome(PkhComponent.ELDERLY, Outcome.NOT_MET)),
                row("elderly at 60 does not count with the default threshold", with(member("Nenek").born(ON.minusYears(60))),
                        outcome(PkhComponent.ELDERLY, Outcome.NOT_MET)),
                row("elderly by birth year at the threshold cannot tell", with(member("Nenek").bornIn(ON.getYear() - 70)),
                        outcome(PkhComponent.ELDERLY, Outcome.UNKNOWN)),
                row("elderly by birth year a year past the threshold counts", with(member("Nenek").bornIn(ON.getYear() - 71)),
                        outcome(PkhComponent.ELDERLY, Outcome.MET)),
                // pregnant and postpartum
                row("a pregnant woman counts", with(member("Ibu").pregnant()),
                        all(outcome(PkhComponent.PREGNANT, Outcome.MET), amount(3_000_000))),
                row("postpartum without a delivery date counts", with(member("Ibu").postpartum(null)),
                        outcome(PkhComponent.PREGNANT, Outcome.MET)),
                row("postpartum 42 days after delivery counts", with(member("Ibu").postpartum(ON.minusDays(42))),
                        outcome(PkhComponent.PREGNANT, Outcome.MET)),
                row("postpartum 43 days after delivery is over", with(member("Ibu").postpartum(ON.minusDays(43))),
                        outcome(PkhComponent.PREGNANT, Outcome.NOT_MET)),
                row("a woman neither pregnant nor postpartum", with(member("Ibu")),
                        all(outcome(PkhComponent.PREGNANT, Outcome.NOT_MET), verdict(Verdict.NOT_ELIGIBLE))),
                // education
                row("SMA pupil at 21 counts", with(member("Anak").born(ON.minusYears(21)).school(Schooling.SMA)),
                        all(outcome(PkhComponent.SMA, Outcome.MET), amount(2_000_000))),
                row("SMA pupil at 22 does not count", with(member("Anak").born(ON.minusYears(22)).school(Schooling.SMA)),
                        outcome(PkhComponent.SMA, Outcome.NOT_MET)),
                row("SMA pupil of unknown age cannot tell", with(member("Anak").unknownBirth().school(Schooling.SMA)),
                        outcome(PkhComponent.SMA, Outcome.UNKNOWN)),
                row("SD pupil of unknown age counts", with(member("Anak").unknownBirth().school(Schooling.SD)),
                        all(outcome(PkhComponent.SD, Outcome.MET), amount(900_000))),
                row("SMP pupil at 13 counts for SMP only", with(member("Anak").born(ON.minusYears(13)).school(Schooling.SMP)),
                        all(outcome(PkhComponent.SMP, Outcome.MET), outcome(PkhComponent.SD, Outcome.NOT_MET), amount(1_500_000))),
                row("school level unknown at 10: unknown, and a step to record it", with(member("Anak kedua").born(ON.minusYears(10)).school(null)),
                        all(outcome(PkhComponent.SD, Outcome.UNKNOWN), verdict(Verdict.CANNOT_TELL), steps("pkh.step.recordSchooling"),
                                e -> assertThat(e.missing()).extracting(Text::key).contains("pkh.missing.schooling"))),
                row("school level unknown at 40 does not matter", with(member("Dewasa").born(ON.minusYears(40)).school(null)),
                        all(outcome(PkhComponent.SD, Outcome.NOT_MET), verdict(Verdict.NOT_ELIGIBLE))),
                row("school level unknown at 4 does not matter for school", with(member("Balita").born(ON.minusYears(4)).school(null)),
                        all(outcome(PkhComponent.SD, Outcome.NOT_MET), outcome(PkhComponent.EARLY_CHILD, Outcome.MET))),
                row("a child who dropped out counts for no school component", with(member("Anak").born(ON.minusYears(15)).school(Schooling.DROPPED_OUT)),
                        all(outcome(PkhComponent.SMP, Outcome.NOT_MET), outcome(PkhComponent.SMA, Outcome.NOT_MET))),
                // disability
                row("severe disability counts", with(member("Adik").disabled(TriState.YES)),
                        all(outcome(PkhComponent.DISABILITY, Outcome.MET), amount(2_400_000))),
                row("no severe disability", with(member("Adik").disabled(TriState.NO)),
                        outcome(PkhComponent.DISABILITY, Outcome.NOT_MET)),
                row("disability not recorded: cannot tell, with a step", with(member("Adik").disabled(TriState.UNKNOWN)),
                        all(outcome(PkhComponent.DISABILITY, Outcome.UNKNOWN), verdict(Verdict.CANNOT_TELL), steps("pkh.step.recordDisability"))),
                // who counts
                row("a deceased member is ignored", with(member("Nenek").born(ON.minusYears(80)).died(ON.minusYears(1))),
                        all(e -> assertThat(e.members().get(1).ignored().key()).isEqualTo("pkh.member.deceased"), counted(),
                                verdict(Verdict.NOT_ELIGIBLE))),
                row("a member who dies after the date still counts on it", with(member("Nenek").born(ON.minusYears(80)).died(ON.plusDays(1))),
                        counted(PkhComponent.ELDERLY)),
                row("a member who left the household is ignored", with(member("Anak").born(ON.minusYears(10)).school(Schooling.SD).leftOn(ON.minusDays(1))),
                        all(e -> assertThat(e.members().get(1).ignored().key()).isEqualTo("pkh.member.left"), counted())),
                row("a member who leaves after the date still counts on it", with(member("Anak").born(ON.minusYears(10)).school(Schooling.SD).leftOn(ON.plusDays(3))),
                        counted(PkhComponent.SD)),
                // the cap
                row("five components capped to the four highest-paying", household(DTSEN_2, head(),
                                member("Ibu").pregnant(), member("Bayi").born(ON.minusYears(2)).school(Schooling.NOT_YET),
                                member("Kakak").born(ON.minusYears(17)).school(Schooling.SMA),
                                member("Adik").born(ON.minusYears(8)).school(Schooling.SD),
                                member("Kakek").born(ON.minusYears(75))),
                        all(counted(PkhComponent.PREGNANT, PkhComponent.EARLY_CHILD, PkhComponent.ELDERLY, PkhComponent.SMA),
                                e -> assertThat(e.leftOut()).extracting(Evaluation.Counted::component).containsExactly(PkhComponent.SD),
                                amount(10_400_000), e -> assertThat(e.amountPerStage()).isEqualTo(2_600_000))),
                row("equal amounts beyond the cap: the table's order decides", household(DTSEN_2, head(),
                                member("Adik 1").disabled(TriState.YES), member("Kakek").born(ON.minusYears(80)),
                                member("Adik 2").disabled(TriState.YES), member("Nenek").born(ON.minusYears(78)),
                                member("Adik 3").disabled(TriState.YES)),
                        all(counted(PkhComponent.DISABILITY, PkhComponent.DISABILITY, PkhComponent.DISABILITY, PkhComponent.ELDERLY),
                                amount(9_600_000))),
                // registry
                row("DTSEN decile 4 is in the target", household(reg(Registry.DTSEN, RegistryState.REGISTERED, 4), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.ELIGIBLE), e -> assertThat(e.registry().outcome()).isEqualTo(Outcome.MET))),
                row("DTSEN decile 5 is outside the target", household(reg(Registry.DTSEN, RegistryState.REGISTERED, 5), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.NOT_ELIGIBLE), e -> assertThat(e.registry().outcome()).isEqualTo(Outcome.NOT_MET))),
                row("DTSEN without a decile: check it in Cek Bansos", household(reg(Registry.DTSEN, RegistryState.REGISTERED, null), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.CANNOT_TELL), steps("pkh.step.checkDecile"))),
                row("registered in the DTKS counts", household(reg(Registry.DTKS, RegistryState.REGISTERED, null), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        verdict(Verdict.ELIGIBLE)),
                row("not registered with a component: eligible once registered", household(reg(Registry.DTKS, RegistryState.NOT_REGISTERED, null), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.ONCE_REGISTERED), steps("pkh.step.propose"), amount(900_000))),
                row("never checked: cannot tell, check the registry", household(null, head(), member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.CANNOT_TELL), steps("pkh.step.checkRegistry"),
                                e -> assertThat(e.missing()).extracting(Text::key).containsExactly("pkh.registry.neverChecked"))),
                row("proposed: eligible once registered, follow it up", household(reg(Registry.DTSEN, RegistryState.PROPOSED, null), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.ONCE_REGISTERED), steps("pkh.step.followUp"))),
                row("rejected: propose again after fixing the reason", household(reg(Registry.DTSEN, RegistryState.REJECTED, null), head(),
                                member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.ONCE_REGISTERED), steps("pkh.step.proposeAgain"))),
                row("no component and not registered: not eligible", household(reg(Registry.DTKS, RegistryState.NOT_REGISTERED, null), head()),
                        verdict(Verdict.NOT_ELIGIBLE)),
                // documents
                row("registered but no KTP-el: eligible, with the step to get it", household(DTSEN_2,
                                head().docs(DocumentStatus.LOST, DocumentStatus.HAVE), member("Anak").born(ON.minusYears(9)).school(Schooling.SD)),
                        all(verdict(Verdict.ELIGIBLE), e -> assertThat(e.ktpEl().outcome()).isEqualTo(Outcome.NOT_MET),
                                e -> assertThat(e.documents()).isEqualTo(Outcome.NOT_MET), steps("pkh.step.ktp"))),
                row("KTP-el not recorded: ask", household(DTSEN_2, head().docs(DocumentStatus.UNKNOWN, DocumentStatus.HAVE)),
                        all(e -> assertThat(e.ktpEl().outcome()).isEqualTo(Outcome.UNKNOWN), steps("pkh.step.askKtp"))),
                row("a KK number on the household is a KK although the head's card was lost", household(true, DTSEN_2,
                                head().docs(DocumentStatus.HAVE, DocumentStatus.LOST)),
                        all(e -> assertThat(e.kk().outcome()).isEqualTo(Outcome.MET), noSteps("pkh.step.kk"),
                                e -> assertThat(e.documents()).isEqualTo(Outcome.MET))),
                // tables by year
                row("amounts of 2025 in 2025", bapakS(DocumentStatus.HAVE, DTSEN_2), LocalDate.of(2025, 12, 31),
                        T2025, amount(2_400_000)),
                row("amounts of a changed table from 2026", bapakS(DocumentStatus.HAVE, DTSEN_2), ON,
                        RuleTable.inEffectOn(List.of(T2025, t2026), ON).orElseThrow(), amount(2_500_000)),
                row("the old table still applies to a date before the change", bapakS(DocumentStatus.HAVE, DTSEN_2),
                        LocalDate.of(2025, 12, 31), RuleTable.inEffectOn(List.of(T2025, t2026), LocalDate.of(2025, 12, 31)).orElseThrow(),
                        amount(2_400_000)),
                // the seed paper
                row("Bapak S: eligible once registered, SD and SMP, KTP-el and DTSEN steps", bapakS(DocumentStatus.LOST,
                                reg(Registry.DTKS, RegistryState.NOT_REGISTERED, null)),
                        all(verdict(Verdict.ONCE_REGISTERED), counted(PkhComponent.SMP, PkhComponent.SD), amount(2_400_000),
                                steps("pkh.step.ktp", "pkh.step.kk", "pkh.step.propose"))),
                row("Bapak S with a KTP-el in DTSEN decile 2: eligible, Rp 2.400.000", bapakS(DocumentStatus.HAVE, DTSEN_2),
                        all(verdict(Verdict.ELIGIBLE), amount(2_400_000), e -> assertThat(e.amountPerStage()).isEqualTo(600_000),
                                noSteps("pkh.step.ktp", "pkh.step.propose"), steps("pkh.step.kk"))));
    }

    /** Seed paper 000: widower (wife deceased), a son in SMP, a daughter in SD, KK lost. */
    static HouseholdFacts.Facts bapakS(DocumentStatus ktp, HouseholdFacts.Registration registration) {
        return household(registration, head().docs(ktp, DocumentStatus.LOST),
                member("Sumarni").born(ON.minusYears(44)).died(ON.minusYears(3)),
                member("Rizky").male().born(ON.minusYears(13).minusDays(70)).school(Schooling.SMP),
                member("Ayu").born(ON.minusYears(9).minusDays(20)).school(Schooling.SD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void evaluates(String name, HouseholdFacts.Facts facts, LocalDate on, RuleTable table, Consumer<Evaluation> check) {
        check.accept(PkhRules.evaluate(facts, table, on));
    }

    @Test
    void hasAtLeastFortyCases() {
        assertThat(rules().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theResultIsTheSameNextDayUnlessAThresholdIsCrossed() {
        var facts = with(member("Anak").born(ON.minusYears(7).plusDays(1)).school(Schooling.PAUD));
        String today = PkhRules.evaluate(facts, T2025, ON.minusDays(1)).fingerprint();
        assertThat(PkhRules.evaluate(facts, T2025, ON.minusDays(2)).fingerprint()).isEqualTo(today);
        assertThat(PkhRules.evaluate(facts, T2025, ON.plusDays(1)).fingerprint()).isNotEqualTo(today);
    }
}
