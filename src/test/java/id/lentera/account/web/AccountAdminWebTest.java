package id.lentera.account.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.lentera.account.AccountDetails;
import id.lentera.account.AccountFilter;
import id.lentera.account.AccountManagement;
import id.lentera.account.AccountRuleException;
import id.lentera.account.AccountView;
import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import org.attoparser.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static id.lentera.account.TestAccounts.unique;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin's account pages, as an admin uses them: forms, rules, actions and their audit trail. */
@IntegrationTest
class AccountAdminWebTest {

    private static final String PASSWORD_PATTERN = "[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AccountManagement accounts;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    private TestAccounts testAccounts;
    private CurrentUser admin;
    private Browser browser;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(context);
        admin = testAccounts.account(Role.ADMIN);
        browser = new Browser(mvc);
    }

    // --- creating

    @Test
    void newAccountShowsItsTemporaryPasswordOnceAndMustChangeIt() throws Exception {
        String username = unique("sari");
        long teamId = testAccounts.team("tim");

        MvcResult created = browser.perform(createAccount(Map.of(
                        "username", username,
                        "fullName", "Sari Wulandari",
                        "email", "sari@dinsos.example",
                        "phone", "0812-3456-7890",
                        "role", "SOCIAL_WORKER",
                        "teamId", String.valueOf(teamId),
                        "workArea", "12.75.05, 12.75.04",
                        "nip", "19850310 201001 2 004",
                        "language", "id")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String detailUrl = created.getResponse().getRedirectedUrl();
        assertThat(detailUrl).matches("/admin/accounts/\\d+");
        long id = Long.parseLong(detailUrl.substring(detailUrl.lastIndexOf('/') + 1));

        HtmlPage detail = page(browser.perform(get(detailUrl).with(as(admin))).andExpect(status().isOk()));
        List<Element> shown = detail.byAttribute("data-test", "temporary-password");
        assertThat(shown).hasSize(1);
        String temporaryPassword = HtmlPage.text(shown.get(0));
        assertThat(temporaryPassword).matches(PASSWORD_PATTERN);
        assertThat(alerts(detail, "alert-success")).containsExactly("Akun dibuat.");
        assertThat(detail.html()).contains("Harus ganti kata sandi");

        HtmlPage reloaded = page(browser.perform(get(detailUrl).with(as(admin))).andExpect(status().isOk()));
        assertThat(reloaded.byAttribute("data-test", "temporary-password-box")).isEmpty();
        assertThat(reloaded.html()).doesNotContain(temporaryPassword);

        AccountView account = find(id);
        assertThat(account.username()).isEqualTo(username);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.phone()).isEqualTo("+6281234567890");
        assertThat(account.nip()).as("spaces taken out").isEqualTo("198503102010012004");
        assertThat(detail.html()).contains("198503102010012004");
        assertThat(account.workArea()).containsExactlyInAnyOrder("12.75.04", "12.75.05");
        assertThat(account.teamId()).isEqualTo(teamId);

        new Browser(mvc).perform(formLogin().user(username).password(temporaryPassword))
                .andExpect(redirectedUrl("/account/password"));
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("fullName", "", "Wajib diisi."),
                Arguments.of("email", "bukan-email", "Alamat email tidak sah."),
                Arguments.of("phone", "12345", "Nomor telepon Indonesia tidak sah"),
                Arguments.of("username", "a b", "Hanya huruf, angka, titik, garis bawah atau tanda hubung"),
                Arguments.of("workArea", "12.75", "Tulis kode kecamatan seperti 12.75.05"),
                Arguments.of("nip", "1985031020100120", "NIP terdiri dari 18 angka."));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidFields")
    void invalidFieldIsShownNextToItAndTheTypedValuesStay(String field, String badValue, String message)
            throws Exception {
        String username = unique("budi");
        Map<String, String> form = validForm(username);
        form.put(field, badValue);

        HtmlPage page = page(mvc.perform(createAccount(form)).andExpect(status().isOk()));

        assertThat(page.fieldError(field)).hasValueSatisfying(error -> assertThat(error).startsWith(message));
        assertThat(page.fieldErrors()).hasSize(1);
        for (String input : List.of("username", "fullName", "email", "phone", "workArea", "nip")) {
            assertThat(page.value(input)).as(input).isEqualTo(form.get(input));
        }
        assertThat(selected(page, "role")).isEqualTo("HEAD_OF_OFFICE");
        assertThat(accountsNamed(username)).as("nothing created").isZero();
    }

    @Test
    void usernameTakenInAnotherCaseIsRefusedNextToTheUsername() throws Exception {
        String existing = testAccounts.account(Role.HEAD_OF_OFFICE).username();
        String shouted = existing.toUpperCase(Locale.ROOT);
        Map<String, String> form = validForm(shouted);

        HtmlPage page = page(mvc.perform(createAccount(form)).andExpect(status().isOk()));

        assertThat(page.fieldError("username"))
                .contains("Nama pengguna ini sudah dipakai (huruf besar/kecil dianggap sama).");
        assertThat(page.value("username")).isEqualTo(shouted);
        assertThat(page.value("fullName")).isEqualTo(form.get("fullName"));
        assertThat(accountsNamed(existing)).isOne();
    }

    @Test
    void socialWorkerWithoutTeamIsRefusedNextToTheTeam() throws Exception {
        Map<String, String> form = validForm(unique("tanpa-tim"));
        form.put("role", "SOCIAL_WORKER");

        HtmlPage page = page(mvc.perform(createAccount(form)).andExpect(status().isOk()));

        assertThat(page.fieldError("teamId")).contains("Pekerja sosial harus masuk sebuah tim.");
        assertThat(selected(page, "role")).isEqualTo("SOCIAL_WORKER");
        assertThat(page.value("username")).isEqualTo(form.get("username"));
        assertThat(accountsNamed(form.get("username"))).isZero();
    }

    // --- rules on deactivating and demoting

    @Test
    void adminCannotDeactivateThemselves() throws Exception {
        browser.perform(action(admin.id(), "deactivate"))
                .andExpect(redirectedUrl("/admin/accounts/" + admin.id()))
                .andExpect(flash().attribute("failure", "account.deactivate.self"));

        HtmlPage detail = page(browser.perform(get("/admin/accounts/{id}", admin.id()).with(as(admin))));
        assertThat(alerts(detail, "alert-danger")).containsExactly("Anda tidak bisa menonaktifkan akun Anda sendiri.");
        assertThat(find(admin.id()).active()).isTrue();
    }

    @Test
    void lastActiveAdminCannotBeDeactivated() {
        CurrentUser lastAdmin = testAccounts.account(Role.ADMIN);

        withOnlyActiveAdmin(lastAdmin, () -> assertThatThrownBy(
                () -> SignedIn.run(admin, () -> accounts.deactivate(lastAdmin.id(), admin)))
                .isInstanceOfSatisfying(AccountRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("account.lastAdmin")));

        // with another active admin (the rollback brought them back) the same action is allowed
        SignedIn.run(admin, () -> accounts.deactivate(lastAdmin.id(), admin));
        assertThat(find(lastAdmin.id()).active()).isFalse();
    }

    @Test
    void lastActiveAdminCannotBeDemoted() {
        CurrentUser lastAdmin = testAccounts.account(Role.ADMIN);
        AccountDetails demoted = new AccountDetails(lastAdmin.username(), lastAdmin.fullName(), null, null,
                Role.SUPERVISOR, null, Set.of(), Language.id, null);

        withOnlyActiveAdmin(lastAdmin, () -> assertThatThrownBy(() -> SignedIn.run(admin,
                () -> accounts.update(lastAdmin.id(), find(lastAdmin.id()).version(), demoted, admin)))
                .isInstanceOfSatisfying(AccountRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("account.lastAdmin")));

        SignedIn.run(admin, () -> accounts.update(lastAdmin.id(), find(lastAdmin.id()).version(), demoted, admin));
        assertThat(find(lastAdmin.id()).role()).isEqualTo(Role.SUPERVISOR);
    }

    // --- editing

    @Test
    void staleEditShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
        CurrentUser target = testAccounts.account(Role.HEAD_OF_OFFICE);
        HtmlPage opened = page(mvc.perform(get("/admin/accounts/{id}/edit", target.id()).with(as(admin)))
                .andExpect(status().isOk()));
        String openedVersion = opened.value("version");
        assertThat(opened.value("fullName")).isEqualTo(target.fullName());

        // a colleague saves first
        mvc.perform(editAccount(target, "Perubahan Rekan", "rekan@dinsos.example", openedVersion))
                .andExpect(redirectedUrl("/admin/accounts/" + target.id()));

        HtmlPage conflict = page(mvc.perform(editAccount(target, "Perubahan Saya", "saya@dinsos.example",
                openedVersion)).andExpect(status().isOk()));

        assertThat(alerts(conflict, "alert-warning")).singleElement().asString()
                .startsWith("Data ini baru saja diubah orang lain.");
        assertThat(conflict.value("fullName")).isEqualTo("Perubahan Saya");
        assertThat(conflict.value("email")).isEqualTo("saya@dinsos.example");
        String currentVersion = String.valueOf(find(target.id()).version());
        assertThat(conflict.value("version")).isEqualTo(currentVersion).isNotEqualTo(openedVersion);
        assertThat(find(target.id()).fullName()).isEqualTo("Perubahan Rekan");

        // saving the re-rendered form overwrites the colleague's change, knowingly
        mvc.perform(editAccount(target, "Perubahan Saya", "saya@dinsos.example", conflict.value("version")))
                .andExpect(redirectedUrl("/admin/accounts/" + target.id()));
        assertThat(find(target.id()).fullName()).isEqualTo("Perubahan Saya");
    }

    // --- actions and the audit log

    @Test
    void unlockingLetsALockedPersonSignInAndIsAudited() throws Exception {
        CurrentUser target = testAccounts.account(Role.SOCIAL_WORKER);
        lockBySignInFailures(target.username());
        assertThat(find(target.id()).lockedUntil()).isNotNull();
        HtmlPage locked = page(browser.perform(get("/admin/accounts/{id}", target.id()).with(as(admin))));
        assertThat(locked.byAttribute("data-test", "locked-badge")).hasSize(1);

        browser.perform(action(target.id(), "unlock"))
                .andExpect(redirectedUrl("/admin/accounts/" + target.id()))
                .andExpect(flash().attribute("success", "account.unlocked"));

        AccountView unlocked = find(target.id());
        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(unlocked.failedAttempts()).isZero();
        HtmlPage detail = page(browser.perform(get("/admin/accounts/{id}", target.id()).with(as(admin))));
        assertThat(alerts(detail, "alert-success")).containsExactly("Kunci akun dibuka.");
        assertThat(detail.byAttribute("data-test", "locked-badge")).isEmpty();
        new Browser(mvc).perform(formLogin().user(target.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(activity(target.username()))
                .contains(tuple(admin.username(), "Membuka kunci akun", target.username()))
                .contains(tuple(target.username(), "Akun terkunci", ""));
    }

    @Test
    void deactivatingAndReactivatingWorkAndAreAudited() throws Exception {
        CurrentUser target = testAccounts.account(Role.SOCIAL_WORKER);

        browser.perform(action(target.id(), "deactivate"))
                .andExpect(redirectedUrl("/admin/accounts/" + target.id()))
                .andExpect(flash().attribute("success", "account.deactivated"));
        assertThat(find(target.id()).active()).isFalse();
        new Browser(mvc).perform(formLogin().user(target.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        browser.perform(action(target.id(), "reactivate"))
                .andExpect(redirectedUrl("/admin/accounts/" + target.id()))
                .andExpect(flash().attribute("success", "account.reactivated"));
        assertThat(find(target.id()).active()).isTrue();
        new Browser(mvc).perform(formLogin().user(target.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(activity(target.username())).contains(
                tuple(admin.username(), "Menonaktifkan akun", target.username()),
                tuple(admin.username(), "Mengaktifkan kembali akun", target.username()));
    }

    @Test
    void resettingThePasswordGivesANewTemporaryOneAndIsAudited() throws Exception {
        CurrentUser target = testAccounts.account(Role.SOCIAL_WORKER);

        MvcResult reset = browser.perform(action(target.id(), "reset-password"))
                .andExpect(redirectedUrl("/admin/accounts/" + target.id()))
                .andExpect(flash().attribute("success", "account.passwordReset"))
                .andReturn();
        String temporaryPassword = (String) reset.getFlashMap().get("temporaryPassword");
        assertThat(temporaryPassword).matches(PASSWORD_PATTERN);

        HtmlPage detail = page(browser.perform(get("/admin/accounts/{id}", target.id()).with(as(admin))));
        assertThat(detail.byAttribute("data-test", "temporary-password")).singleElement()
                .extracting(HtmlPage::text).isEqualTo(temporaryPassword);
        assertThat(find(target.id()).mustChangePassword()).isTrue();

        new Browser(mvc).perform(formLogin().user(target.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        new Browser(mvc).perform(formLogin().user(target.username()).password(temporaryPassword))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(activity(target.username()))
                .contains(tuple(admin.username(), "Mengatur ulang kata sandi", target.username()));
    }

    // --- helpers

    private static Map<String, String> validForm(String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("fullName", "Budi Santoso " + username);
        form.put("email", "budi@dinsos.example");
        form.put("phone", "0813-2222-3333");
        form.put("role", "HEAD_OF_OFFICE");
        form.put("workArea", "12.75.05");
        form.put("nip", "198001012005011001");
        form.put("language", "id");
        return form;
    }

    private MockHttpServletRequestBuilder createAccount(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/admin/accounts/new").with(as(admin)).with(csrf())
                .accept(MediaType.TEXT_HTML);
        form.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder editAccount(CurrentUser target, String fullName, String email,
            String version) {
        return post("/admin/accounts/{id}/edit", target.id()).with(as(admin)).with(csrf())
                .param("username", target.username())
                .param("fullName", fullName)
                .param("email", email)
                .param("role", target.role().name())
                .param("language", "id")
                .param("version", version);
    }

    private MockHttpServletRequestBuilder action(long accountId, String action) {
        return post("/admin/accounts/{id}/" + action, accountId).with(as(admin)).with(csrf());
    }

    private void lockBySignInFailures(String username) throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(formLogin().user(username).password("bukan-kata-sandinya-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    /**
     * Runs {@code check} in a transaction where {@code lastAdmin} is the only active admin, then
     * rolls it back. The shared database holds other tests' admins; this makes the count exact
     * without touching them for good.
     */
    private void withOnlyActiveAdmin(CurrentUser lastAdmin, Runnable check) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("update user_account set active = false where role = 'ADMIN' and id <> ?", lastAdmin.id());
            assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'ADMIN' and active",
                    Long.class)).isOne();
            check.run();
        });
        assertThat(find(admin.id()).active()).as("rolled back").isTrue();
    }

    /** The audit log as the admin's activity page lists it for a name: (who, what, target). */
    private List<org.assertj.core.groups.Tuple> activity(String name) throws Exception {
        HtmlPage page = page(mvc.perform(get("/admin/activity").param("q", name).with(as(admin)))
                .andExpect(status().isOk()));
        List<String> actors = page.byAttribute("data-test", "activity-actor").stream().map(HtmlPage::text).toList();
        List<String> actions = page.byAttribute("data-test", "activity-action").stream().map(HtmlPage::text).toList();
        List<String> targets = page.byAttribute("data-test", "activity-target").stream().map(HtmlPage::text).toList();
        assertThat(actions).hasSameSizeAs(actors).hasSameSizeAs(targets);
        return java.util.stream.IntStream.range(0, actors.size())
                .mapToObj(i -> tuple(actors.get(i), actions.get(i), targets.get(i)))
                .toList();
    }

    private AccountView find(long id) {
        return SignedIn.run(admin, () -> accounts.find(id));
    }

    private long accountsNamed(String text) {
        return SignedIn.run(admin, () -> accounts.search(new AccountFilter(text, null, null, null),
                PageRequest.of(0, 1)).getTotalElements());
    }

    private static String selected(HtmlPage page, String selectId) {
        Element select = page.requireId(selectId);
        return select.getChildrenOfType(Element.class).stream()
                .filter(option -> option.hasAttribute("selected"))
                .map(option -> HtmlPage.attr(option, "value"))
                .findFirst().orElse(null);
    }

    private static List<String> alerts(HtmlPage page, String kind) {
        return page.select(e -> HtmlPage.hasClass(e, "alert") && HtmlPage.hasClass(e, kind)).stream()
                .map(HtmlPage::text).toList();
    }

    private static HtmlPage page(ResultActions result) throws Exception {
        return HtmlPage.of(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
