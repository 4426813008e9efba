package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.shared.StaleEditException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two admins save the PKH table from the same version at the same instant: one version is saved,
 * the other admin is told someone saved first (and gets the form back), never two "newest" tables.
 */
@IntegrationTest
class BenefitTableRaceTest {

    @Autowired
    BenefitTables tables;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsStaleEvenWhenTheyOverlap() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        CurrentUser first = accounts.account(Role.ADMIN);
        CurrentUser second = accounts.account(Role.ADMIN);
        BenefitTables.Version newest = tables.versions().stream()
                .max(Comparator.comparingLong(BenefitTables.Version::id)).orElseThrow();
        int before = tables.versions().size();

        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        // the first admin's save has passed its check and inserted, and stays uncommitted until the
        // second save is over or has waited five seconds (it waits for the first when saves are serialised)
        CompletableFuture<Long> firstSave = CompletableFuture.supplyAsync(() -> SignedIn.run(first,
                () -> transactions.execute(status -> {
                    long id = tables.save(newest.id(), figures(newest, 2), first);
                    firstSaved.countDown();
                    try {
                        secondDone.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return id;
                })));
        await(firstSaved);
        CompletableFuture<Long> secondSave = CompletableFuture.supplyAsync(() -> SignedIn.run(second, () -> {
            try {
                return tables.save(newest.id(), figures(newest, 3), second);
            } finally {
                secondDone.countDown();
            }
        }));

        assertThat(firstSave.get(30, TimeUnit.SECONDS)).isGreaterThan(newest.id());
        assertThatThrownBy(() -> secondSave.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(StaleEditException.class);
        assertThat(tables.versions()).hasSize(before + 1);
    }

    private static BenefitFigures figures(BenefitTables.Version version, int yearsAhead) {
        RuleTable t = version.rules();
        LocalDate from = TestClock.today().plusYears(yearsAhead).withDayOfYear(1);
        return new BenefitFigures(from, t.amounts(), t.elderlyAge(), t.childAgeLimit(), t.maxEducationAge(),
                t.maxComponents(), t.decileFrom(), t.decileTo(), t.stagesPerYear(), "balapan");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
