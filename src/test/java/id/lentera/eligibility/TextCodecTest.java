package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts stored with a snapshot come back as they were: nested texts, dates, amounts, quotes. */
class TextCodecTest {

    @Test
    void roundTripsNestedTextsWithEveryKindOfArgument() {
        List<Text> texts = List.of(
                Text.of("pkh.cause.registry", Text.of("pkh.registry.decileIn", 2, 1, 4, LocalDate.of(2026, 3, 12))),
                Text.of("pkh.step.proposeAgain", "NIK tidak padan, kata 'operator'; (lagi)"),
                Text.of("pkh.amount", new Text.Rupiah(2_400_000), new Text.Rupiah(600_000), 4),
                Text.of("pkh.cause.first"),
                Text.of("pkh.step.recordSchooling", ""));

        String encoded = TextCodec.encode(texts);

        // numbers come back as longs: the messages render either the same
        assertThat(TextCodec.decode(encoded)).isEqualTo(List.of(
                Text.of("pkh.cause.registry", Text.of("pkh.registry.decileIn", 2L, 1L, 4L, LocalDate.of(2026, 3, 12))),
                texts.get(1),
                Text.of("pkh.amount", new Text.Rupiah(2_400_000), new Text.Rupiah(600_000), 4L),
                texts.get(3), texts.get(4)));
        assertThat(TextCodec.decode("")).isEmpty();
    }

    @Test
    void aDifferenceInTheCauseIsTold() {
        RuleTable table = RuleTable.of2025(1);
        var facts = PkhRulesTest.bapakS(id.lentera.client.DocumentStatus.HAVE, PkhRulesTest.DTSEN_2);
        Evaluation now = PkhRules.evaluate(facts, table, PkhRulesTest.ON);
        var before = new EligibilityStore.Current(1, Verdict.ONCE_REGISTERED, "x", PkhRulesTest.ON.minusDays(9), 7,
                table.id(), EligibilityStore.memberCodes(now.counted()), Outcome.NOT_MET, Outcome.NOT_MET, Outcome.NOT_MET);

        assertThat(EligibilityCheck.cause(before, now)).extracting(Text::key)
                .containsExactly("pkh.cause.registry", "pkh.cause.document");
        assertThat(EligibilityCheck.cause(null, now)).extracting(Text::key).containsExactly("pkh.cause.first");
    }

    @Test
    void aNewComponentIsToldInAWorkersWordsWhereTheFactsSayWhy() {
        RuleTable table = RuleTable.of2025(1);
        java.util.function.Function<PkhRulesTest.M, List<Text>> causeOf = m -> {
            Evaluation now = PkhRules.evaluate(PkhRulesTest.with(m), table, PkhRulesTest.ON);
            var before = new EligibilityStore.Current(1, Verdict.NOT_ELIGIBLE, "x", PkhRulesTest.ON.minusDays(9), 7,
                    table.id(), "", now.registry().outcome(), now.ktpEl().outcome(), now.kk().outcome());
            return EligibilityCheck.cause(before, now);
        };

        assertThat(causeOf.apply(PkhRulesTest.member("Bayi").born(PkhRulesTest.ON.minusMonths(2))))
                .containsExactly(Text.of("pkh.cause.born", "Bayi"));
        assertThat(causeOf.apply(PkhRulesTest.member("Nenek").born(PkhRulesTest.ON.minusYears(71))))
                .containsExactly(Text.of("pkh.cause.elderly", "Nenek", 71L));
        assertThat(causeOf.apply(PkhRulesTest.member("Ibu").pregnant()))
                .containsExactly(Text.of("pkh.cause.pregnant", "Ibu"));
        assertThat(causeOf.apply(PkhRulesTest.member("Ibu Baru").postpartum(PkhRulesTest.ON.minusDays(10))))
                .containsExactly(Text.of("pkh.cause.delivered", "Ibu Baru"));
        // a child of three was not just born: the plain words
        assertThat(causeOf.apply(PkhRulesTest.member("Balita").born(PkhRulesTest.ON.minusYears(3))))
                .extracting(Text::key).containsExactly("pkh.cause.gained");
    }
}
