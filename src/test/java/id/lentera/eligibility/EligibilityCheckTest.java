package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.List;

import id.lentera.account.DemoAccounts;
import id.lentera.client.ClientSummaries;
import id.lentera.client.DemoClients;
import id.lentera.client.HouseholdVerdicts;
import id.lentera.client.Registry;
import id.lentera.client.RegistryState;
import id.lentera.client.Schooling;
import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluation on PostgreSQL: on every household change, every night, snapshots only on change, one nightly run. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityCheckTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EligibilityCheck check;
    @Autowired
    NightlyEvaluation nightly;
    @Autowired
    HouseholdVerdicts verdicts;
    @Autowired
    JdbcTemplate jdbc;

    EligibilityFixtures fixtures;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
    }

    @Test
    void aHouseholdChangeIsEvaluatedAtOnceAndEachChangedResultKept() {
        long id = fixtures.household();
        assertThat(snapshots(id)).isZero();

        fixtures.child(id, TestClock.today().minusYears(9), Schooling.SD);
        assertThat(verdict(id)).isEqualTo("CANNOT_TELL");
        assertThat(snapshots(id)).isEqualTo(1);

        fixtures.registry(id, Registry.DTKS, RegistryState.NOT_REGISTERED, null);
        assertThat(verdict(id)).isEqualTo("ONCE_REGISTERED");

        fixtures.registry(id, Registry.DTSEN, RegistryState.REGISTERED, 2);
        assertThat(verdict(id)).isEqualTo("ELIGIBLE");
        assertThat(snapshots(id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select cause from eligibility_snapshot where household_id = ? order by id desc limit 1",
                String.class, id)).startsWith("pkh.cause.registry(pkh.registry.decileIn(n2,");
        assertThat(jdbc.queryForObject("select amount_per_year from household_eligibility where household_id = ?",
                Long.class, id)).isEqualTo(900_000L);
        assertThat(verdicts.verdicts(List.of(id, -1L))).containsOnlyKeys(id).containsEntry(id, "ELIGIBLE");
    }

    @Test
    void aSnapshotOnlyWhenTheResultChanges() {
        long id = fixtures.onceRegistered(false);
        long before = snapshots(id);
        LocalDate today = TestClock.today();

        assertThat(check.evaluate(List.of(id), today, EligibilityCheck.Trigger.CHANGE)).isZero();
        assertThat(check.evaluate(List.of(id), today.plusDays(1), EligibilityCheck.Trigger.NIGHTLY)).isZero();
        // the same registry status checked again is no change of the result
        fixtures.registry(id, Registry.DTKS, RegistryState.NOT_REGISTERED, null);

        assertThat(snapshots(id)).isEqualTo(before);
    }

    @Test
    void theNightlyRunCatchesAChildTurningSeven() {
        long id = fixtures.household();
        LocalDate today = TestClock.today();
        fixtures.child(id, today.minusYears(7).plusDays(1), Schooling.PAUD);
        fixtures.registry(id, Registry.DTSEN, RegistryState.REGISTERED, 3);
        assertThat(verdict(id)).isEqualTo("ELIGIBLE");
        long before = snapshots(id);

        assertThat(check.evaluate(List.of(id), today.plusDays(1), EligibilityCheck.Trigger.NIGHTLY)).isEqualTo(1);

        // no component left, and the head's disability was never recorded
        assertThat(verdict(id)).isEqualTo("CANNOT_TELL");
        assertThat(snapshots(id)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select trigger || ' ' || cause from eligibility_snapshot where household_id = ? order by id desc limit 1""",
                String.class, id)).startsWith("NIGHTLY pkh.cause.lost(pkh.component.EARLY_CHILD()");
    }

    @Test
    void shedLockKeepsASecondInstanceFromRunningTheNightlyJob() {
        // another instance holds the lock for the next hour (ShedLock runs on the database's clock and
        // keeps UTC in columns without a zone)
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (?, timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'other-instance')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                                                 locked_by = excluded.locked_by""",
                NightlyEvaluation.LOCK);
        var before = nightly.lastRun();

        nightly.run();

        assertThat(nightly.lastRun()).isSameAs(before);
        // its lock has run out (ShedLock keeps the row and updates it, so the row stays)
        jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 minute' where name = ?",
                NightlyEvaluation.LOCK);

        long id = fixtures.onceRegistered(false);
        nightly.run();

        assertThat(nightly.lastRun()).isNotSameAs(before);
        assertThat(nightly.lastRun().households()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
                NightlyEvaluation.LOCK)).isNotEqualTo("other-instance");
        assertThat(verdict(id)).isEqualTo("ONCE_REGISTERED");
    }

    @Test
    void demoBapakSIsEligibleOnceRegisteredWithTwoSchoolComponents() {
        context.getBean(DemoAccounts.class).createIfMissing();
        DemoClients demo = context.getBean(DemoClients.class);
        demo.load();
        long client = demo.seedClientIds().get(DemoClients.SEED_BAPAK_S_NAME);
        long household = context.getBean(ClientSummaries.class).find(client).orElseThrow().householdId();

        Evaluation e = check.evaluateNow(household);

        assertThat(e.verdict()).isEqualTo(Verdict.ONCE_REGISTERED);
        assertThat(e.countedComponents()).containsExactly(PkhComponent.SMP, PkhComponent.SD);
        assertThat(e.amountPerYear()).isEqualTo(2_400_000);
        assertThat(e.steps()).extracting(s -> s.text().key())
                .containsSubsequence("pkh.step.ktp", "pkh.step.kk", "pkh.step.propose");
    }

    private long snapshots(long id) {
        return jdbc.queryForObject("select count(*) from eligibility_snapshot where household_id = ?", Long.class, id);
    }

    private String verdict(long id) {
        return jdbc.queryForList("select verdict from household_eligibility where household_id = ?", String.class, id)
                .stream().findFirst().orElse(null);
    }
}
