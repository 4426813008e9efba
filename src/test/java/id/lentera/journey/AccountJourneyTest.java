package id.lentera.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.account.CurrentUser;
import id.lentera.account.DemoAccounts;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 2 as people do it on a phone: the admin creates a social worker, who signs in with the
 * temporary password and must choose their own; an account locked by wrong passwords is unlocked by
 * the admin; the admin reads it all back in the activity log. The texts asserted are the Indonesian
 * ones the users see.
 */
class AccountJourneyTest extends BrowserTest {

    private static final String ADMIN = "admin";
    private static final String NEW_PASSWORD = "Kopi-Susu-Binjai-2026";
    private static final String LOGIN_FAILED = "Gagal masuk. Nama pengguna atau kata sandi salah";
    private static final Pattern TEMPORARY_PASSWORD =
            Pattern.compile("[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}");

    @Autowired
    private DemoAccounts demoAccounts;

    @Autowired
    private ApplicationContext applicationContext;

    private TestAccounts testAccounts;

    @BeforeAll
    void createDemoOffice() {
        demoAccounts.createIfMissing();
        testAccounts = new TestAccounts(applicationContext);
        // the first pages of a cold application on two cores can take a while
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void adminCreatesSocialWorkerWhoReplacesTheTemporaryPassword() {
        String username = TestAccounts.unique("lina");
        String fullName = "Lina Br Sembiring";

        // 1. the admin creates the account
        signIn(ADMIN, DemoAccounts.PASSWORD);
        assertThat(page).hasURL(url("/"));
        openFromMenu("Akun");
        assertThat(page).hasURL(url("/admin/accounts"));
        assertThat(heading("Akun")).isVisible();
        screenshot("journey-01-account-list");
        assertNoHorizontalScroll("account list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Akun baru")
                .setExact(true)).click();
        assertThat(page).hasURL(url("/admin/accounts/new"));
        assertThat(heading("Akun baru")).isVisible();
        assertEachFieldOnce("account form");
        label("Nama pengguna").fill(username);
        label("Nama lengkap").fill(fullName);
        label("Email").fill(username + "@dinsos.binjaikota.example");
        label("Nomor HP").fill("0812-3456-7890");
        label("Peran").selectOption(new SelectOption().setLabel("Pekerja Sosial"));
        label("Tim").selectOption(new SelectOption().setLabel(DemoAccounts.TEAM));
        label("Wilayah kerja (kode kecamatan)").fill("12.75.05");
        // the NIP as printed on a staff card, with spaces
        label("NIP").fill("19850310 201001 2 004");
        assertNoHorizontalScroll("account form");
        screenshot("journey-02-account-form");
        button("Simpan").click();

        assertThat(page).hasURL(Pattern.compile(regexQuote(url("/admin/accounts/")) + "\\d+$"));
        String accountUrl = page.url();
        assertThat(page.locator(".alert-success")).hasText("Akun dibuat.");
        assertThat(heading(fullName)).isVisible();
        assertThat(definition("Nama pengguna")).hasText(username);
        assertThat(definition("Peran")).hasText("Pekerja Sosial");
        assertThat(definition("Tim")).hasText(DemoAccounts.TEAM);
        assertThat(definition("Wilayah kerja (kode kecamatan)")).hasText("12.75.05");
        assertThat(definition("Nomor HP")).hasText("0812-3456-7890");
        assertThat(definition("NIP")).hasText("198503102010012004");
        assertThat(definition("Status")).containsText("Harus ganti kata sandi");
        Locator temporaryPasswordBox = page.locator("[data-test=temporary-password]");
        assertThat(temporaryPasswordBox).hasText(TEMPORARY_PASSWORD);
        String temporaryPassword = temporaryPasswordBox.textContent().strip();
        assertNoHorizontalScroll("account page");
        screenshot("journey-03-account-created");

        // shown once: not on the account page any more once it is opened again
        page.reload();
        assertThat(heading(fullName)).isVisible();
        assertThat(page.locator("[data-test=temporary-password]")).hasCount(0);
        assertThat(page.getByText(temporaryPassword)).hasCount(0);

        // and in the list
        page.getByText("← Semua akun").click();
        search(username);
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(username));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(fullName);
        assertThat(row).containsText("Pekerja Sosial");
        assertThat(row).containsText(DemoAccounts.TEAM);
        assertThat(row).containsText("Aktif");
        assertNoHorizontalScroll("account list, searched");
        assertTablesFit("account list, searched");
        signOutAndSeeIt();

        // 2. the worker must choose their own password before anything else
        signIn(username, temporaryPassword);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(heading("Ubah kata sandi")).isVisible();
        assertThat(page.getByText("Anda masuk dengan kata sandi sementara.")).isVisible();
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/account/password"));
        assertEachFieldOnce("password page");
        assertNoHorizontalScroll("password page");
        screenshot("journey-04-must-change-password");

        // a weak one is refused, with the reason next to the field
        label("Kata sandi sekarang").fill(temporaryPassword);
        label("Kata sandi baru").fill("password123");
        label("Ulangi kata sandi baru").fill("password123");
        button("Simpan kata sandi").click();
        assertThat(page.locator("#newPassword-error")).containsText("Terlalu mudah ditebak");
        assertThat(page.locator("#newPassword")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/account/password"));

        label("Kata sandi sekarang").fill(temporaryPassword);
        label("Kata sandi baru").fill(NEW_PASSWORD);
        label("Ulangi kata sandi baru").fill(NEW_PASSWORD);
        button("Simpan kata sandi").click();
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator(".alert-success")).hasText("Kata sandi sudah diganti.");
        assertThat(heading("Selamat datang, " + fullName)).isVisible();
        assertThat(page.getByText("Pekerja Sosial", new Page.GetByTextOptions()
                .setExact(true))).isVisible();
        assertNoHorizontalScroll("home");
        screenshot("journey-05-home-after-password-change");
        // free to go now
        page.navigate(url("/account/password"));
        assertThat(page.getByText("Anda masuk dengan kata sandi sementara.")).hasCount(0);
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/"));
        signOutAndSeeIt();

        // the temporary password is gone; the new one leads straight home
        signIn(username, temporaryPassword);
        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.locator(".alert-danger")).containsText(LOGIN_FAILED);
        signIn(username, NEW_PASSWORD);
        assertThat(page).hasURL(url("/"));
        assertThat(heading("Selamat datang, " + fullName)).isVisible();
        signOutAndSeeIt();

        // 4. the admin reads it back in the activity log
        signIn(ADMIN, DemoAccounts.PASSWORD);
        assertThat(page).hasURL(url("/"));
        openFromMenu("Aktivitas");
        assertThat(page).hasURL(url("/admin/activity"));
        search(username);
        assertThat(page.locator("tbody tr")).hasCount(7);
        assertActivity("Membuat akun", ADMIN, username, 1);
        assertActivity("Masuk", username, null, 2);
        assertActivity("Mengganti kata sandi", username, null, 1);
        assertActivity("Gagal masuk", username, null, 1);
        assertActivity("Keluar", username, null, 2);
        // newest first: the last thing the worker did was sign out, the first was the admin's
        assertThat(page.locator("tbody tr").first()).containsText("Keluar");
        assertThat(page.locator("tbody tr").last()).containsText("Membuat akun");
        // on a phone, whom an admin action was done to is shown under the action
        assertThat(activity("Membuat akun", ADMIN, username).locator("[data-test=activity-target-phone]"))
                .hasText("→ " + username);
        assertNoHorizontalScroll("activity");
        assertTablesFit("activity");
        screenshot("journey-06-activity-worker");

        // the admin's own sign-ins and sign-outs of this journey are there too
        page.navigate(url("/admin/activity?category=SIGN_IN&q=" + ADMIN));
        // newest first: the sign-in just now
        assertThat(page.locator("[data-test=activity-actor]").first()).hasText(ADMIN);
        assertThat(page.locator("[data-test=activity-action]").first()).hasText("Masuk");
        assertThat(activity("Masuk", ADMIN, null)).not().hasCount(0);
        assertThat(activity("Keluar", ADMIN, null)).not().hasCount(0);
        // the account page no longer says the password must be changed, and shows the sign-in
        page.navigate(accountUrl);
        assertThat(definition("Status")).not().containsText("Harus ganti kata sandi");
        assertThat(definition("Terakhir masuk")).not().hasText("Belum pernah");
    }

    @Test
    void wrongPasswordsLockTheAccountUntilTheAdminUnlocksIt() {
        CurrentUser worker = testAccounts.account(Role.SOCIAL_WORKER);
        String fullName = "Test " + worker.username();

        // 3. five wrong passwords: the same message every time
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(worker.username(), "Salah-Ketik-" + attempt);
            assertThat(page).hasURL(url("/login?error"));
            assertThat(page.locator(".alert-danger")).containsText(LOGIN_FAILED);
            // the name stays filled in for the next try
            assertThat(page.locator("#username")).hasValue(worker.username());
        }
        // the sixth, with the right password, is refused too: the account is locked
        signIn(worker.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.locator(".alert-danger")).containsText(LOGIN_FAILED);
        assertNoHorizontalScroll("sign-in refused");
        screenshot("journey-07-sign-in-refused");

        // the admin sees it locked and unlocks it
        signIn(ADMIN, DemoAccounts.PASSWORD);
        assertThat(page).hasURL(url("/"));
        openFromMenu("Akun");
        search(worker.username());
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(worker.username()));
        assertThat(row).hasCount(1);
        // the lock shows on the phone without swiping the table sideways
        assertThat(row.locator("[data-test=account-status]").getByText("Terkunci", new Locator.GetByTextOptions()
                .setExact(true))).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        assertTablesFit("account list, locked");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(fullName)).click();
        assertThat(heading(fullName)).isVisible();
        assertThat(page.locator("[data-test=locked-badge]")).isVisible();
        assertThat(page.locator("[data-test=locked-badge]")).hasText(Pattern.compile("^Terkunci sampai .+"));
        assertNoHorizontalScroll("account page, locked");
        screenshot("journey-08-account-locked");

        button("Buka kunci").click();
        assertThat(page.locator(".alert-success")).hasText("Kunci akun dibuka.");
        assertThat(page.locator("[data-test=locked-badge]")).hasCount(0);
        assertThat(button("Buka kunci")).hasCount(0);
        signOutAndSeeIt();

        // the right password works again
        signIn(worker.username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("/"));
        assertThat(heading("Selamat datang, " + fullName)).isVisible();
        signOutAndSeeIt();

        // all of it in the activity log
        signIn(ADMIN, DemoAccounts.PASSWORD);
        openFromMenu("Aktivitas");
        search(worker.username());
        assertActivity("Gagal masuk", worker.username(), null, 5);
        assertActivity("Akun terkunci", worker.username(), null, 1);
        assertActivity("Masuk ditolak (terkunci/nonaktif)", worker.username(), null, 1);
        assertActivity("Membuka kunci akun", ADMIN, worker.username(), 1);
        assertActivity("Masuk", worker.username(), null, 1);
        assertActivity("Keluar", worker.username(), null, 1);
        assertThat(page.locator("tbody tr")).hasCount(10);
        screenshot("journey-09-activity-lockout");
        assertNoHorizontalScroll("activity, lockout");
        assertTablesFit("activity, lockout");
        assertThat(activity("Membuka kunci akun", ADMIN, worker.username()).locator("[data-test=activity-target-phone]"))
                .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
    }

    // --- helpers -------------------------------------------------------------------------------

    private void openFromMenu(String name) {
        openMenuIfFolded();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
                .setExact(true)).click();
    }

    private void signOutAndSeeIt() {
        signOut();
        assertThat(page).hasURL(url("/login?logout"));
        assertThat(page.locator(".alert-success")).hasText("Anda sudah keluar.");
    }

    /** Types into the page's search field and submits it (the account list and the activity log). */
    private void search(String text) {
        page.locator("form[role=search] input[name=q]").fill(text);
        button("Tampilkan").click();
        assertThat(page).hasURL(Pattern.compile("[?&]q=" + regexQuote(text) + "(&|$)"));
    }

    /** Playwright hands patterns to JavaScript, which knows no {@code Pattern.quote} quoting. */
    private static String regexQuote(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    private Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text)
                .setExact(true).setLevel(1));
    }

    /** The value next to a term on an account page. */
    private Locator definition(String term) {
        return page.locator("dt:text-is('" + term + "') + dd");
    }

    private Locator activityRows(String action) {
        return page.locator("[data-test=activity-entry]").filter(new Locator.FilterOptions()
                .setHas(page.locator("[data-test=activity-action]:text-is('" + action + "')")));
    }

    /** Rows of the activity log with this action, by this actor, on this target (null: none). */
    private Locator activity(String action, String actor, String target) {
        Locator rows = activityRows(action).filter(new Locator.FilterOptions()
                .setHas(page.locator("[data-test=activity-actor]:text-is('" + actor + "')")));
        return target == null
                ? rows.filter(new Locator.FilterOptions().setHasNot(page.locator("[data-test=activity-target]:not(:empty)")))
                : rows.filter(new Locator.FilterOptions()
                        .setHas(page.locator("[data-test=activity-target]:text-is('" + target + "')")));
    }

    private void assertActivity(String action, String actor, String target, int count) {
        assertThat(activity(action, actor, target)).hasCount(count);
    }

    /**
     * Tables may scroll sideways in their box, but on a phone they should not need to. Only for
     * lists narrowed to this journey's own accounts: other tests may make names of any length.
     */
    private void assertTablesFit(String where) {
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) page.evaluate(
                "() => [...document.querySelectorAll('.table-responsive')].map(e => [e.scrollWidth, e.clientWidth])");
        assertThat(page.locator(".table-responsive")).not().hasCount(0);
        for (List<Number> box : boxes) {
            assertTrue(box.get(0).intValue() <= box.get(1).intValue(),
                    where + ": a table needs " + box.get(0) + " px in a box of " + box.get(1) + " px");
        }
    }

    /** Every field of the page's form is there once: a second one of the same name would be posted too. */
    private void assertEachFieldOnce(String where) {
        Object repeated = page.evaluate("""
                () => {
                  const names = [...document.querySelectorAll('main form:not([role=search]) [name]')].map(e => e.name);
                  return names.filter((name, i) => names.indexOf(name) !== i).join(', ');
                }""");
        assertTrue("".equals(repeated), where + " has fields more than once: " + repeated);
        assertThat(page.locator("main form:not([role=search]) [name]")).not().hasCount(0);
    }
}
