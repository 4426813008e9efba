package id.lentera.account.web;

import java.util.Set;

import id.lentera.account.AccountDetails;
import id.lentera.account.AccountManagement;
import id.lentera.account.AccountView;
import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open sessions (real ones, kept by Spring Session in the database) follow a change of rights on
 * their very next request: a demoted admin meets 403, a moved worker works in the new team, a
 * reset or a deactivation signs out everywhere, one's own new password signs out the other sessions.
 */
@IntegrationTest
class SessionRevocationTest {

    private static final String NEW_PASSWORD = "Durian-Ucok-Medan-2027";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private AccountManagement management;
    @Autowired
    private FindByIndexNameSessionRepository<? extends Session> sessions;
    @Autowired
    private JdbcClient jdbc;

    private TestAccounts accounts;
    private CurrentUser actingAdmin;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        actingAdmin = accounts.account(Role.ADMIN);
    }

    private Browser signedIn(CurrentUser user, String password) throws Exception {
        Browser browser = new Browser(mvc);
        browser.perform(formLogin().user(user.username()).password(password)).andExpect(redirectedUrl("/"));
        return browser;
    }

    private void change(CurrentUser user, Role role, Long teamId) {
        SignedIn.run(actingAdmin, () -> {
            AccountView view = management.find(user.id());
            management.update(user.id(), view.version(), new AccountDetails(view.username(), view.fullName(),
                    view.email(), view.phone(), role, teamId, Set.copyOf(view.workArea()), Language.id, view.nip()),
                    actingAdmin);
        });
    }

    private void expectSignedOut(Browser browser) throws Exception {
        browser.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void demotedAdminLosesTheAdminPagesOnTheNextRequest() throws Exception {
        CurrentUser admin = accounts.account(Role.ADMIN);
        Browser browser = signedIn(admin, TestAccounts.PASSWORD);
        browser.perform(get("/admin/accounts")).andExpect(status().isOk());

        change(admin, Role.HEAD_OF_OFFICE, null);

        browser.perform(get("/admin/accounts")).andExpect(status().isForbidden());
        browser.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void promotionAndTeamMoveReachTheOpenSession() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        long otherTeam = accounts.team("pindah");
        Browser browser = signedIn(worker, TestAccounts.PASSWORD);

        change(worker, Role.SOCIAL_WORKER, otherTeam);
        browser.perform(get("/")).andExpect(status().isOk());

        CurrentUser inSession = principalOfTheOnlySession(worker);
        assertThat(inSession.teamId()).isEqualTo(otherTeam);
        assertThat(inSession.role()).isEqualTo(Role.SOCIAL_WORKER);
    }

    @Test
    void passwordResetByAnAdminSignsOutEverySession() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        Browser phone = signedIn(worker, TestAccounts.PASSWORD);
        Browser office = signedIn(worker, TestAccounts.PASSWORD);
        assertThat(sessions.findByPrincipalName(worker.username())).hasSize(2);

        SignedIn.run(actingAdmin, () -> management.resetPassword(worker.id(), actingAdmin));

        assertThat(sessions.findByPrincipalName(worker.username())).isEmpty();
        expectSignedOut(phone);
        expectSignedOut(office);
    }

    @Test
    void deactivationSignsOutEverySession() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        Browser browser = signedIn(worker, TestAccounts.PASSWORD);

        SignedIn.run(actingAdmin, () -> management.deactivate(worker.id(), actingAdmin));

        expectSignedOut(browser);
    }

    @Test
    void ownPasswordChangeSignsOutTheOtherSessionsButNotThisOne() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        Browser here = signedIn(worker, TestAccounts.PASSWORD);
        Browser elsewhere = signedIn(worker, TestAccounts.PASSWORD);

        here.perform(post("/account/password").with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        here.perform(get("/")).andExpect(status().isOk());
        expectSignedOut(elsewhere);
        assertThat(sessions.findByPrincipalName(worker.username())).hasSize(1);
    }

    /**
     * Another instance changed the password and its deletion of sessions never happened (or the
     * session was in use meanwhile): the check of every request still ends the session.
     */
    @Test
    void aSessionThatSurvivedTheDeletionEndsAtItsNextRequest() throws Exception {
        CurrentUser worker = accounts.account(Role.SOCIAL_WORKER);
        Browser browser = signedIn(worker, TestAccounts.PASSWORD);
        browser.perform(get("/")).andExpect(status().isOk());

        jdbc.sql("update user_account set password_version = password_version + 1, security_version = security_version + 1"
                + " where id = :id").param("id", worker.id()).update();

        expectSignedOut(browser);
    }

    private CurrentUser principalOfTheOnlySession(CurrentUser user) {
        var open = sessions.findByPrincipalName(user.username());
        assertThat(open).hasSize(1);
        SecurityContext stored = open.values().iterator().next().getAttribute("SPRING_SECURITY_CONTEXT");
        return (CurrentUser) stored.getAuthentication().getPrincipal();
    }
}
