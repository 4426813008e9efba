package id.lentera.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import id.lentera.account.AccountFilter;
import id.lentera.account.AccountManagement;
import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.SignInPage;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.lentera.account.TestAccounts.unique;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out of trouble: CSRF, the sign-in form and its one message for every failure,
 * lockout, temporary passwords, changing one's password, response headers, the actuator,
 * language, and error pages.
 */
@IntegrationTest
class SignInWebTest {

    private static final String GOOD_NEW_PASSWORD = "Durian-Ucok-Medan-2027";
    private static final String SIGN_IN_FAILED = "Gagal masuk. Nama pengguna atau kata sandi salah, atau akun sedang "
            + "dikunci sementara karena terlalu banyak percobaan (coba lagi setelah 15 menit atau hubungi admin).";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AccountManagement accounts;

    private TestAccounts testAccounts;
    private CurrentUser admin;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(context);
        admin = testAccounts.account(Role.ADMIN);
    }

    // --- CSRF

    @Test
    void signInWithoutAValidCsrfTokenIsRefusedAndTheFormShownAgain() throws Exception {
        CurrentUser user = testAccounts.account(Role.HEAD_OF_OFFICE);

        // a sign-in page left open until its session ended: sign in again, not "forbidden"
        mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").with(csrf().useInvalidToken())
                        .param("username", user.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));

        assertThat(testAccounts.reload(user.id()).getLastLoginAt()).as("not signed in").isNull();
        mvc.perform(get("/login").param("expired", "")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-test=\"session-expired\"")));
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsToSignInAndChangesNothing() throws Exception {
        String username = unique("sesi-habis");

        mvc.perform(post("/admin/accounts/new").with(csrf().useInvalidToken())
                        .param("username", username).param("fullName", "Sesi Habis")
                        .param("role", "HEAD_OF_OFFICE").param("language", "id"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));

        assertThat(SignedIn.run(admin, () -> accounts.search(new AccountFilter(username, null, null, null),
                PageRequest.of(0, 1)).getTotalElements())).isZero();
    }

    @Test
    void adminFormWithoutCsrfTokenIsForbiddenAndCreatesNothing() throws Exception {
        String username = unique("tanpa-csrf");

        mvc.perform(post("/admin/accounts/new").with(as(admin))
                        .param("username", username)
                        .param("fullName", "Tanpa Token")
                        .param("role", "HEAD_OF_OFFICE")
                        .param("language", "id"))
                .andExpect(status().isForbidden());

        assertThat(SignedIn.run(admin, () -> accounts.search(new AccountFilter(username, null, null, null),
                PageRequest.of(0, 1)).getTotalElements())).isZero();
    }

    // --- signing in

    @Test
    void rightPasswordSignsInAndLeadsHome() throws Exception {
        CurrentUser user = testAccounts.account(Role.SUPERVISOR);
        Browser browser = new Browser(mvc);

        browser.perform(formLogin().user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));

        HtmlPage home = page(browser.perform(get("/")).andExpect(status().isOk()));
        assertThat(home.byName("h1")).singleElement().extracting(HtmlPage::text)
                .isEqualTo("Selamat datang, " + user.fullName());
        assertThat(testAccounts.reload(user.id()).getLastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordAndUnknownUsernameGetTheSameMessage() throws Exception {
        CurrentUser user = testAccounts.account(Role.SUPERVISOR);

        Browser wrongPassword = new Browser(mvc);
        wrongPassword.perform(formLogin().user(user.username()).password("Salah-Kata-Sandi-99"))
                .andExpect(redirectedUrl("/login?error"));
        HtmlPage afterWrongPassword = page(wrongPassword.perform(get("/login?error")).andExpect(status().isOk()));

        String stranger = unique("tidak-ada");
        Browser unknownUser = new Browser(mvc);
        unknownUser.perform(formLogin().user(stranger).password("Salah-Kata-Sandi-99"))
                .andExpect(redirectedUrl("/login?error"));
        HtmlPage afterUnknownUser = page(unknownUser.perform(get("/login?error")).andExpect(status().isOk()));

        assertThat(alerts(afterWrongPassword)).containsExactly(SIGN_IN_FAILED);
        assertThat(alerts(afterUnknownUser)).isEqualTo(alerts(afterWrongPassword));
        assertThat(afterWrongPassword.value("username")).isEqualTo(user.username());
        assertThat(afterUnknownUser.value("username")).isEqualTo(stranger);
        wrongPassword.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        CurrentUser user = testAccounts.account(Role.SOCIAL_WORKER);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(formLogin().user(user.username()).password("Salah-Kata-Sandi-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/accounts/{id}/unlock", user.id()).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + user.id()));
        mvc.perform(formLogin().user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void temporaryPasswordKeepsThePersonOnThePasswordPageUntilChanged() throws Exception {
        String username = unique("baru");
        MvcResult created = mvc.perform(post("/admin/accounts/new").with(as(admin)).with(csrf())
                        .param("username", username)
                        .param("fullName", "Rina Baru")
                        .param("role", "HEAD_OF_OFFICE")
                        .param("language", "id"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String temporaryPassword = (String) created.getFlashMap().get("temporaryPassword");
        Browser browser = new Browser(mvc);

        browser.perform(formLogin().user(username).password(temporaryPassword))
                .andExpect(redirectedUrl("/account/password"));
        for (String path : List.of("/", "/?lang=en", "/login", "/halaman/lain")) {
            MvcResult elsewhere = browser.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
            assertThat(elsewhere.getResponse().getRedirectedUrl()).as(path).isEqualTo("/account/password");
        }
        HtmlPage passwordPage = page(browser.perform(get("/account/password")).andExpect(status().isOk()));
        assertThat(passwordPage.html()).contains("Anda masuk dengan kata sandi sementara.");

        browser.perform(post("/account/password").with(csrf())
                        .param("currentPassword", temporaryPassword)
                        .param("newPassword", GOOD_NEW_PASSWORD)
                        .param("confirmPassword", GOOD_NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        HtmlPage home = page(browser.perform(get("/")).andExpect(status().isOk()));
        assertThat(home.html()).contains("Kata sandi sudah diganti.").contains("Selamat datang, Rina Baru");
        new Browser(mvc).perform(formLogin().user(username).password(GOOD_NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    // --- changing one's password

    static Stream<Arguments> refusedPasswordChanges() {
        return Stream.of(
                Arguments.of("wrong current", "Bukan-Kata-Sandi-Saya-1", GOOD_NEW_PASSWORD, GOOD_NEW_PASSWORD,
                        "currentPassword", "Kata sandi sekarang salah."),
                Arguments.of("weak", TestAccounts.PASSWORD, "password123", "password123",
                        "newPassword", "Terlalu mudah ditebak"),
                Arguments.of("contains username", TestAccounts.PASSWORD, "{username}-Durian-77", "{username}-Durian-77",
                        "newPassword", "Jangan memuat nama pengguna Anda."),
                Arguments.of("mismatch", TestAccounts.PASSWORD, GOOD_NEW_PASSWORD, "Durian-Ucok-Medan-2028",
                        "confirmPassword", "Tidak sama dengan kata sandi baru."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPasswordChanges")
    void refusedPasswordChangeShowsTheErrorNextToTheField(String caseName, String current, String newPassword,
            String confirmation, String field, String message) throws Exception {
        CurrentUser user = testAccounts.account(Role.SOCIAL_WORKER);
        String typedNew = newPassword.replace("{username}", user.username());
        String typedConfirmation = confirmation.replace("{username}", user.username());
        String hashBefore = testAccounts.reload(user.id()).getPasswordHash();

        HtmlPage page = page(mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", typedNew)
                        .param("confirmPassword", typedConfirmation))
                .andExpect(status().isOk()));

        assertThat(page.fieldError(field)).hasValueSatisfying(error -> assertThat(error).contains(message));
        assertThat(page.fieldErrors()).hasSize(1);
        // the form has only password fields, and passwords are never sent back in the page
        for (String input : List.of("currentPassword", "newPassword", "confirmPassword")) {
            assertThat(page.value(input)).as(input).isNullOrEmpty();
        }
        assertThat(page.html()).doesNotContain(current).doesNotContain(typedNew).doesNotContain(typedConfirmation);
        assertThat(testAccounts.reload(user.id()).getPasswordHash()).as("unchanged").isEqualTo(hashBefore);
    }

    @Test
    void goodPasswordChangeReplacesTheOldPassword() throws Exception {
        CurrentUser user = testAccounts.account(Role.SOCIAL_WORKER);

        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", GOOD_NEW_PASSWORD)
                        .param("confirmPassword", GOOD_NEW_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "password.changed"));

        mvc.perform(formLogin().user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(user.username()).password(GOOD_NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    static Stream<Arguments> longPasswords() {
        String words = "kopi susu binjai pagi hari di pasar tavip bersama ibu ibu yang ramah sekali dan selalu "
                + "tersenyum lebar walau hujan deras turun sampai sore";
        String emoji = "\uD83D\uDC18\uD83C\uDF0B\uD83C\uDF5C\uD83D\uDEB2\uD83C\uDFB7\uD83E\uDD9C"
                + "\uD83E\uDD65\uD83D\uDEFA\uD83C\uDFF8\uD83E\uDDED\uD83E\uDE81\uD83D\uDC22\uD83C\uDF49"
                + "\uD83D\uDEA4\uD83C\uDFBB\uD83E\uDD89\uD83C\uDF35\uD83C\uDF44\uD83D\uDEF6\uD83E\uDDC9";
        return Stream.of(Arguments.of("128-character passphrase", words.substring(0, 128)),
                Arguments.of("20 emoji", emoji));
    }

    /** Longer than the 72 bytes bcrypt read: with Argon2 the whole password counts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longPasswords")
    void aLongPasswordCanBeSetAndSignsIn(String caseName, String password) throws Exception {
        CurrentUser user = testAccounts.account(Role.SOCIAL_WORKER);
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        mvc.perform(post("/account/password").with(as(user)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", password)
                        .param("confirmPassword", password))
                .andExpect(redirectedUrl("/"));

        new Browser(mvc).perform(formLogin().user(user.username()).password(password)).andExpect(redirectedUrl("/"));
        // the whole password counts, not its first 72 bytes
        String sameStart = new String(java.util.Arrays.copyOf(password.getBytes(StandardCharsets.UTF_8), 72),
                StandardCharsets.UTF_8) + "x";
        new Browser(mvc).perform(formLogin().user(user.username()).password(sameStart))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aWrongCurrentPasswordOnThePasswordPageCountsAsAFailedSignIn() throws Exception {
        CurrentUser user = testAccounts.account(Role.SOCIAL_WORKER);
        Browser browser = new Browser(mvc);
        browser.perform(formLogin().user(user.username()).password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));

        for (int i = 1; i <= 4; i++) {
            HtmlPage page = page(browser.perform(post("/account/password").with(csrf())
                            .param("currentPassword", "Bukan-Kata-Sandi-Saya-" + i)
                            .param("newPassword", GOOD_NEW_PASSWORD)
                            .param("confirmPassword", GOOD_NEW_PASSWORD))
                    .andExpect(status().isOk()));
            assertThat(page.fieldError("currentPassword")).hasValue("Kata sandi sekarang salah.");
        }
        assertThat(testAccounts.reload(user.id()).getFailedAttempts()).isEqualTo(4);

        browser.perform(post("/account/password").with(csrf())
                        .param("currentPassword", "Bukan-Kata-Sandi-Saya-5")
                        .param("newPassword", GOOD_NEW_PASSWORD)
                        .param("confirmPassword", GOOD_NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(testAccounts.reload(user.id()).getLockedUntil()).as("locked like after five failed sign-ins").isNotNull();
        browser.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        new Browser(mvc).perform(formLogin().user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Autowired
    private FindByIndexNameSessionRepository<? extends Session> sessions;

    /** After too many failures from the address the page says how long to wait (and names no account). */
    @Test
    void theSignInPageShowsTheWaitAfterTooManyFailuresFromTheAddress() throws Exception {
        Browser browser = new Browser(mvc);
        browser.perform(get("/login")).andExpect(status().isOk());
        // Spring Session's cookie (named SESSION under MockMvc, LENTERA_SESSION in the container)
        String cookie = browser.cookieNames().stream().filter(name -> name.endsWith("SESSION")).findFirst()
                .map(browser::cookie).orElseThrow();
        String sessionId = new String(Base64.getDecoder().decode(cookie),
                StandardCharsets.UTF_8);
        saveWait(sessions, sessionId, 42L);

        HtmlPage page = page(browser.perform(get("/login").param("wait", "")).andExpect(status().isOk()));

        assertThat(alerts(page)).containsExactly(
                "Terlalu banyak percobaan masuk yang gagal dari jaringan ini. Coba lagi setelah 42 detik.");
    }

    private static <S extends Session> void saveWait(FindByIndexNameSessionRepository<S> sessions, String sessionId,
            long seconds) {
        S session = sessions.findById(sessionId);
        session.setAttribute(SignInPage.WAIT_SECONDS, seconds);
        sessions.save(session);
    }

    // --- headers

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MvcResult login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();

        String policy = login.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).isNotBlank()
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("'unsafe-inline'", "'unsafe-eval'");
        assertThat(login.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void signedInPagesAreNotCached() throws Exception {
        CurrentUser user = testAccounts.account(Role.SUPERVISOR);

        mvc.perform(get("/").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")));
    }

    // --- actuator

    @Test
    void healthIsOpenAndSaysOnlyUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans"})
    void otherActuatorEndpointsAreClosedToAnonymousVisitors(String path) throws Exception {
        int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
        assertThat(status).isNotEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans"})
    void otherActuatorEndpointsAreNotExposedEvenToAdmins(String path) throws Exception {
        int status = mvc.perform(get(path).with(as(admin))).andReturn().getResponse().getStatus();
        assertThat(status).isNotEqualTo(200);
    }

    // --- language

    @Test
    void langParameterSwitchesToEnglishAndTheChoiceIsKept() throws Exception {
        Browser browser = new Browser(mvc);

        HtmlPage english = page(browser.perform(get("/login").param("lang", "en")).andExpect(status().isOk()));
        assertThat(english.htmlLang()).isEqualTo("en");
        assertThat(english.title()).isEqualTo("Sign in · Lentera");
        assertThat(english.html()).contains("Forgot your password?");

        HtmlPage next = page(browser.perform(get("/login")).andExpect(status().isOk()));
        assertThat(next.title()).isEqualTo("Sign in · Lentera");
    }

    @Test
    void signedInPersonsLanguageChoiceIsSavedOnTheirAccount() throws Exception {
        CurrentUser user = testAccounts.account(Role.SUPERVISOR);

        HtmlPage home = page(mvc.perform(get("/").param("lang", "en").with(as(user))).andExpect(status().isOk()));

        assertThat(home.htmlLang()).isEqualTo("en");
        assertThat(home.byName("h1")).singleElement().extracting(HtmlPage::text)
                .isEqualTo("Welcome, " + user.fullName());
        assertThat(testAccounts.reload(user.id()).getLanguage()).isEqualTo(Language.en);
    }

    @Test
    void unsupportedLanguageIsIgnored() throws Exception {
        HtmlPage french = page(new Browser(mvc).perform(get("/login").param("lang", "fr")).andExpect(status().isOk()));
        assertThat(french.htmlLang()).isEqualTo("id");
        assertThat(french.title()).isEqualTo("Masuk · Lentera");

        Browser english = new Browser(mvc);
        english.perform(get("/login").param("lang", "en")).andExpect(status().isOk());
        HtmlPage stillEnglish = page(english.perform(get("/login").param("lang", "fr")).andExpect(status().isOk()));
        assertThat(stillEnglish.htmlLang()).isEqualTo("en");
    }

    // --- error pages

    @Test
    void missingRecordShowsTheIndonesianNotFoundPageWithoutStackTrace() throws Exception {
        String path = "/admin/accounts/999999999";
        MvcResult missing = mvc.perform(get(path).with(as(admin)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn();
        assertThat(missing.getResolvedException()).isNotNull();

        HtmlPage page = page(errorDispatch(missing, path, 404)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));

        assertThat(page.title()).isEqualTo("Tidak ditemukan · Lentera");
        assertThat(page.byName("h1")).singleElement().extracting(HtmlPage::text).isEqualTo("Tidak ditemukan");
        assertNoInternals(page);
    }

    @Test
    void serverErrorShowsTheIndonesianErrorPageWithoutStackTrace() throws Exception {
        CurrentUser user = testAccounts.account(Role.SUPERVISOR);
        var failure = new IllegalStateException("rahasia internal: koneksi db://sesuatu");

        HtmlPage page = page(mvc.perform(get("/error").with(as(user)).accept(MediaType.TEXT_HTML)
                        .with(request -> {
                            request.setDispatcherType(DispatcherType.ERROR);
                            return request;
                        })
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));

        assertThat(page.title()).isEqualTo("Terjadi kesalahan · Lentera");
        assertThat(page.byName("h1")).singleElement().extracting(HtmlPage::text).isEqualTo("Terjadi kesalahan");
        assertThat(page.html()).doesNotContain("rahasia internal");
        assertNoInternals(page);
    }

    // --- helpers

    /**
     * What the servlet container does after {@code sendError}: an ERROR dispatch to /error with the
     * error attributes set. MockMvc has no container, so the test performs that dispatch itself.
     */
    private ResultActions errorDispatch(MvcResult failed, String path, int status) throws Exception {
        MockHttpServletRequestBuilder dispatch = get("/error").with(as(admin)).accept(MediaType.TEXT_HTML)
                .with(request -> {
                    request.setDispatcherType(DispatcherType.ERROR);
                    return request;
                })
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failed.getResolvedException());
        if (failed.getResponse().getErrorMessage() != null) {
            dispatch.requestAttr(RequestDispatcher.ERROR_MESSAGE, failed.getResponse().getErrorMessage());
        }
        return mvc.perform(dispatch);
    }

    private static void assertNoInternals(HtmlPage page) {
        assertThat(page.html())
                .doesNotContain("Exception")
                .doesNotContain("at id.lentera")
                .doesNotContain("at org.springframework")
                .doesNotContain("Whitelabel")
                .as("no unresolved message keys").doesNotContain("??")
                .doesNotContainIgnoringCase("trace");
    }

    private static List<String> alerts(HtmlPage page) {
        return page.byAttribute("role", "alert").stream().map(HtmlPage::text).toList();
    }

    private static HtmlPage page(ResultActions result) throws Exception {
        return HtmlPage.of(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
