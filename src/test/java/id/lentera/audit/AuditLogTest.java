package id.lentera.audit;

import java.util.Set;

import id.lentera.account.AccountDetails;
import id.lentera.account.AccountManagement;
import id.lentera.account.AccountRuleException;
import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountManagement management;
    @Autowired
    AuditLog auditLog;

    @Test
    void recordsWhoDidWhatToWhomAndWhen() {
        TestAccounts testAccounts = new TestAccounts(context);
        CurrentUser admin = testAccounts.account(Role.ADMIN);
        CurrentUser worker = testAccounts.account(Role.SOCIAL_WORKER);
        SignedIn.run(admin, () -> management.deactivate(worker.id(), admin));
        SignedIn.run(admin, () -> management.resetPassword(worker.id(), admin));

        var entries = SignedIn.run(admin, () -> auditLog.search("ADMIN", worker.username(), PageRequest.of(0, 10)));
        assertThat(entries.getContent()).extracting(AuditEntry::getAction)
                .containsExactly("PASSWORD_RESET", "ACCOUNT_DEACTIVATED");
        assertThat(entries.getContent()).allSatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo(admin.username());
            assertThat(entry.getTarget()).isEqualTo(worker.username());
            assertThat(entry.getOccurredAt()).isNotNull();
            assertThat(entry.getDetail()).isNull();
        });
    }

    @Test
    void aRefusedActionLeavesNoEntry() {
        TestAccounts testAccounts = new TestAccounts(context);
        CurrentUser admin = testAccounts.account(Role.ADMIN);
        var noTeam = new AccountDetails(TestAccounts.unique("x"), "X", null, null, Role.SOCIAL_WORKER, null,
                Set.of(), Language.id, null);
        assertThatThrownBy(() -> SignedIn.run(admin, () -> management.create(noTeam, admin)))
                .isInstanceOf(AccountRuleException.class);
        var entries = SignedIn.run(admin, () -> auditLog.search(null, noTeam.username(), PageRequest.of(0, 10)));
        assertThat(entries.getTotalElements()).isZero();
    }
}
