package id.lentera.account;

import java.util.List;
import java.util.Set;

import id.lentera.shared.StaleEditException;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and teams on PostgreSQL: constraints, queries, optimistic locking, the admin rules. */
@IntegrationTest
class AccountPersistenceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountManagement management;
    @Autowired
    TeamManagement teamManagement;
    @Autowired
    TransactionTemplate transactions;

    TestAccounts testAccounts;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(context);
        admin = testAccounts.account(Role.ADMIN);
    }

    private AccountDetails worker(String username, long teamId) {
        return new AccountDetails(username, "Siti Aisyah", "siti@example.org", "+6281234567890",
                Role.SOCIAL_WORKER, teamId, Set.of("12.75.05", "12.75.04"), Language.en,
                "198503102010012004");
    }

    @Test
    void storesAnAccountWithItsTeamAndWorkArea() {
        long teamId = testAccounts.team("tim");
        String username = TestAccounts.unique("siti");
        var created = SignedIn.run(admin, () -> management.create(worker(username, teamId), admin));

        var view = SignedIn.run(admin, () -> management.find(created.id()));
        assertThat(view.username()).isEqualTo(username);
        assertThat(view.teamId()).isEqualTo(teamId);
        assertThat(view.workArea()).containsExactly("12.75.04", "12.75.05");
        assertThat(view.language()).isEqualTo(Language.en);
        assertThat(view.nip()).isEqualTo("198503102010012004");
        assertThat(view.mustChangePassword()).isTrue();
        assertThat(created.temporaryPassword()).hasSize(14);
    }

    @Test
    void usernameIsUniqueWhateverItsCaseInTheDatabase() {
        String username = TestAccounts.unique("Dewi");
        testAccounts.account(username, Role.HEAD_OF_OFFICE, null);
        assertThatThrownBy(() -> testAccounts.account(username.toUpperCase(), Role.HEAD_OF_OFFICE, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void usernameIsUniqueWhateverItsCaseInTheService() {
        long teamId = testAccounts.team("tim");
        String username = TestAccounts.unique("andi");
        SignedIn.run(admin, () -> management.create(worker(username, teamId), admin));
        assertThatThrownBy(() -> SignedIn.run(admin,
                () -> management.create(worker(username.toUpperCase(), teamId), admin)))
                .isInstanceOf(AccountRuleException.class).hasMessage("account.username.taken");
    }

    @Test
    void concurrentEditsOfOneAccountAreDetected() {
        CurrentUser worker = testAccounts.account(Role.SOCIAL_WORKER);
        // two people load the same version ...
        UserAccount first = testAccounts.reload(worker.id());
        UserAccount second = testAccounts.reload(worker.id());
        // ... the first saves ...
        transactions.executeWithoutResult(status -> {
            first.changeLanguage(Language.en);
            accounts.save(first);
        });
        // ... and the second's save fails instead of overwriting it
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            second.changeLanguage(Language.id);
            accounts.save(second);
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(testAccounts.reload(worker.id()).getLanguage()).isEqualTo(Language.en);
    }

    @Test
    void staleFormVersionIsRefusedByTheService() {
        long teamId = testAccounts.team("tim");
        var created = SignedIn.run(admin, () -> management.create(worker(TestAccounts.unique("rina"), teamId), admin));
        long openedVersion = SignedIn.run(admin, () -> management.find(created.id())).version();
        var edit = worker("ignored", teamId);
        SignedIn.run(admin, () -> management.update(created.id(), openedVersion, edit, admin));
        assertThatThrownBy(() -> SignedIn.run(admin, () -> management.update(created.id(), openedVersion, edit, admin)))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void searchFiltersByTextRoleTeamAndStatus() {
        long teamId = testAccounts.team("tim");
        String marker = TestAccounts.unique("zzfind");
        CurrentUser active = testAccounts.account(marker + "-a", Role.SOCIAL_WORKER, teamId);
        CurrentUser inactive = testAccounts.account(marker + "-b", Role.SOCIAL_WORKER, teamId);
        testAccounts.account(marker + "-c", Role.HEAD_OF_OFFICE, null);
        SignedIn.run(admin, () -> management.deactivate(inactive.id(), admin));

        var byText = SignedIn.run(admin, () -> management.search(new AccountFilter(marker.toUpperCase(), null, null, null),
                PageRequest.of(0, 20)));
        assertThat(byText.getTotalElements()).isEqualTo(3);
        var workersInTeamActive = SignedIn.run(admin, () -> management.search(
                new AccountFilter(marker, Role.SOCIAL_WORKER, teamId, true), PageRequest.of(0, 20)));
        assertThat(workersInTeamActive.getContent()).extracting(AccountRow::id).containsExactly(active.id());
        var wildcardTakenLiterally = SignedIn.run(admin, () -> management.search(
                new AccountFilter(marker + "%", null, null, null), PageRequest.of(0, 20)));
        assertThat(wildcardTakenLiterally.getTotalElements()).isZero();
    }

    @Test
    void searchPagesThroughAccounts() {
        long teamId = testAccounts.team("tim");
        String marker = TestAccounts.unique("zzpage");
        for (int i = 0; i < 5; i++) {
            testAccounts.account(marker + "-" + i, Role.SOCIAL_WORKER, teamId);
        }
        var page = SignedIn.run(admin, () -> management.search(new AccountFilter(marker, null, null, null),
                PageRequest.of(1, 2)));
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getContent()).hasSize(2);
    }

    @Test
    void adminCannotDeactivateThemselves() {
        assertThatThrownBy(() -> SignedIn.run(admin, () -> management.deactivate(admin.id(), admin)))
                .isInstanceOf(AccountRuleException.class).hasMessage("account.deactivate.self");
    }

    @Test
    void deactivatedAccountIsKeptAndCanBeReactivated() {
        CurrentUser worker = testAccounts.account(Role.SOCIAL_WORKER);
        SignedIn.run(admin, () -> management.deactivate(worker.id(), admin));
        assertThat(testAccounts.reload(worker.id()).isActive()).isFalse();
        SignedIn.run(admin, () -> management.reactivate(worker.id(), admin));
        assertThat(testAccounts.reload(worker.id()).isActive()).isTrue();
    }

    @Test
    void onlyAdminsMayUseAccountManagement() {
        CurrentUser supervisor = testAccounts.account(Role.SUPERVISOR);
        assertThatThrownBy(() -> SignedIn.run(supervisor,
                () -> management.search(new AccountFilter(null, null, null, null), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(supervisor, () -> teamManagement.create("x", null, supervisor)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teamHasASupervisorAndMembers() {
        CurrentUser supervisor = testAccounts.account(Role.SUPERVISOR);
        String name = TestAccounts.unique("Tim Binjai Kota");
        long teamId = SignedIn.run(admin, () -> teamManagement.create(name, supervisor.id(), admin));
        CurrentUser member = testAccounts.account(TestAccounts.unique("m"), Role.SOCIAL_WORKER, teamId);

        var team = SignedIn.run(admin, () -> teamManagement.find(teamId));
        assertThat(team.supervisorId()).isEqualTo(supervisor.id());
        assertThat(team.members()).extracting(AccountRow::id).containsExactly(member.id());
        assertThatThrownBy(() -> SignedIn.run(admin, () -> teamManagement.create(name.toUpperCase(), null, admin)))
                .isInstanceOf(AccountRuleException.class).hasMessage("team.name.taken");
    }

    @Test
    void teamSupervisorMustBeASupervisor() {
        CurrentUser worker = testAccounts.account(Role.SOCIAL_WORKER);
        assertThatThrownBy(() -> SignedIn.run(admin,
                () -> teamManagement.create(TestAccounts.unique("tim"), worker.id(), admin)))
                .isInstanceOf(AccountRuleException.class).hasMessage("team.supervisor.notSupervisor");
    }

    @Test
    void supervisorOfATeamKeepsTheRoleUntilReplaced() {
        CurrentUser supervisor = testAccounts.account(Role.SUPERVISOR);
        SignedIn.run(admin, () -> teamManagement.create(TestAccounts.unique("tim"), supervisor.id(), admin));
        var view = SignedIn.run(admin, () -> management.find(supervisor.id()));
        var demoted = new AccountDetails(view.username(), view.fullName(), null, null, Role.HEAD_OF_OFFICE, null,
                Set.of(), Language.id, null);
        assertThatThrownBy(() -> SignedIn.run(admin, () -> management.update(supervisor.id(), view.version(), demoted, admin)))
                .isInstanceOf(AccountRuleException.class).hasMessage("account.role.stillSupervises");
    }

    @Test
    void workerNeedsATeam() {
        var noTeam = new AccountDetails(TestAccounts.unique("x"), "X", null, null, Role.SOCIAL_WORKER, null,
                Set.of(), Language.id, null);
        assertThatThrownBy(() -> SignedIn.run(admin, () -> management.create(noTeam, admin)))
                .isInstanceOf(AccountRuleException.class).hasMessage("account.team.required");
    }

    @Test
    void supervisorChoicesListOnlyActiveSupervisors() {
        CurrentUser active = testAccounts.account(Role.SUPERVISOR);
        CurrentUser inactive = testAccounts.account(Role.SUPERVISOR);
        SignedIn.run(admin, () -> management.deactivate(inactive.id(), admin));
        List<AccountChoice> choices = SignedIn.run(admin, () -> management.activeAccounts(Role.SUPERVISOR));
        assertThat(choices).extracting(AccountChoice::id).contains(active.id()).doesNotContain(inactive.id());
    }
}
