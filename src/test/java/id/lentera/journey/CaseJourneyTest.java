package id.lentera.journey;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.account.AccountFilter;
import id.lentera.account.AccountManagement;
import id.lentera.account.CurrentUser;
import id.lentera.account.DemoAccounts;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.BrowserTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4 as people do it on a phone: peksos1 takes Bapak S from engagement to a plan and asks for
 * approval; koordinator approves; peksos1 records document facilitation and a referral to Dukcapil
 * (and takes its letter's number), evaluates and asks to terminate; koordinator returns it once with
 * a comment, then approves; the case is closed and its timeline shows every step.
 */
class CaseJourneyTest extends BrowserTest {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApplicationContext context;

    long clientId;
    final String clientName = "Sutrisno " + TestAccounts.unique("S").substring(2);
    final String today = TestClock.today().toString();

    @BeforeAll
    void bapakS() {
        demoAccounts.createIfMissing();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        CurrentUser admin = new TestAccounts(context).account(TestAccounts.unique("admin"), Role.ADMIN, null);
        CurrentUser peksos1 = SignedIn.run(admin, () -> {
            var row = accounts.search(new AccountFilter("peksos1", null, null, null), PageRequest.of(0, 1)).getContent().get(0);
            var view = accounts.find(row.id());
            return new CurrentUser(row.id(), "peksos1", view.fullName(), Role.SOCIAL_WORKER, view.teamId(), Language.id, false);
        });
        clientId = new TestClients(context).clientHeadingHousehold(peksos1, clientName, Sex.M, LocalDate.of(1971, 4, 2),
                null, null, "12.75.05.1001");
    }

    @Test
    void aCaseFromEngagementToClosing() {
        // 1. peksos1 opens the case from the client's page link and records the engagement
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(url("/cases/new?client=" + clientId));
        assertThat(heading("Buka kasus")).isVisible();
        page.locator("[data-test=open-case]").click();
        assertThat(page.locator("[data-test=case-stage]")).containsText("Pendekatan awal");
        assertThat(page.locator("[data-test=checklist]")).containsText("Belum ada persetujuan klien untuk dibantu");
        String caseUrl = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjut ke Asesmen").setExact(true)).click();
        assertThat(page.locator("[data-test=refusal]")).containsText("Belum ada masalah menurut klien");
        screenshot("case-01-refused-move");

        page.locator("[data-test=edit-engagement]").click();
        label("Tanggal kontak pertama").fill(today);
        label("Tempat kontak pertama").fill("Rumah singgah Binjai");
        label("Klien datang melalui").selectOption(new SelectOption().setLabel("Rumah singgah / shelter"));
        label("Masalah menurut klien").fill("KTP dan KK hilang, tidak terdaftar DTKS");
        label("Klien setuju dibantu").check();
        label("Fokus yang disepakati (kontrak)").fill("Mengurus KTP-el dan KK");
        save();
        advance("Lanjut ke Asesmen");

        // 2. the assessment
        page.locator("[data-test=edit-assessment]").click();
        label("Masalah 1").fill("Dokumen kependudukan hilang");
        page.locator("#problems0\\.category").selectOption(new SelectOption().setLabel("Administrasi"));
        label("Kekuatan dan sumber daya").fill("Mau bekerja, sehat");
        page.locator("#relations0\\.party").fill("Ketua RT 002");
        page.locator("#relations0\\.scope").selectOption("COMMUNITY");
        page.locator("#relations0\\.quality").selectOption(new SelectOption().setLabel("Kuat"));
        label("Tingkat risiko").selectOption(new SelectOption().setLabel("Sedang"));
        screenshot("case-02-assessment-form");
        assertNoHorizontalScroll("assessment form");
        save();
        advance("Lanjut ke Rencana intervensi");
        assertThat(page.locator("[data-test=checklist]")).containsText("Belum ada tujuan dengan indikator dan tanggal target");

        // 3. the plan, and asking for approval
        page.locator("[data-test=add-goal]").click();
        label("Tujuan").fill("KTP-el dan KK terbit");
        label("Indikator keberhasilan").fill("KTP-el dan KK diterima klien");
        label("Tanggal target").fill(TestClock.today().plusMonths(2).toString());
        label("Kegiatan yang direncanakan").fill("Mendampingi ke Dukcapil\nMengusulkan ke DTKS");
        save();
        page.locator("[data-test=request-plan-approval]").click();
        assertThat(page.locator("[data-test=pending-approval]")).isVisible();
        screenshot("case-03-plan-awaiting-approval");
        assertNoHorizontalScroll("case page");
        signOut();

        // 4. koordinator approves the plan from the queue
        signIn("koordinator", DemoAccounts.PASSWORD);
        openFromMenu("Persetujuan");
        Locator request = page.locator("[data-test=approval-row]").filter(new Locator.FilterOptions().setHasText(clientName));
        assertThat(request).containsText("Rencana intervensi");
        screenshot("case-04-approval-queue");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui")).click();
        assertThat(page.locator(".alert-success")).containsText("Disetujui");
        signOut();

        // 5. peksos1 works the intervention, evaluates and asks to terminate
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(caseUrl);
        advance("Lanjut ke Pelaksanaan");
        page.locator("[data-test=add-activity]").click();
        label("Tanggal").fill(today);
        label("Jenis kegiatan").selectOption(new SelectOption().setLabel("Fasilitasi dokumen (Dukcapil)"));
        label("Apa yang dilakukan").fill("Mendampingi mengurus KTP-el dan KK");
        label("Hasil").fill("Berkas diterima Dukcapil");
        save();
        page.locator("[data-test=add-referral]").click();
        label("Tujuan rujukan").selectOption(new SelectOption().setLabel("Dukcapil"));
        label("Nama lembaga").fill("Disdukcapil Binjai");
        label("Alasan rujukan").fill("Penerbitan KTP-el dan KK");
        label("Tanggal dikirim").fill(today);
        save();
        // a slip in the referral is corrected; what it said before stays in the history
        page.locator("[data-test=edit-referral]").click();
        assertThat(heading("Koreksi rujukan")).isVisible();
        assertThat(label("Nama lembaga")).hasValue("Disdukcapil Binjai");
        label("Nama lembaga").fill("Disdukcapil Kota Binjai");
        screenshot("case-05-referral-correction");
        assertNoHorizontalScroll("referral correction");
        save();
        assertThat(page.locator("[data-test=corrections]")).containsText("Rujukan diubah oleh");
        // the referral letter: opening it takes no number; the worker takes one on purpose, then prints
        page.locator("[data-test=referral-letter]").click();
        assertThat(heading("Surat rujukan")).isVisible();
        assertThat(page.locator("[data-test=no-number]")).hasText("Belum bernomor");
        assertThat(page.locator("[data-test=letter-pdf]")).hasCount(0);
        page.locator("[data-test=take-number]").click();
        assertThat(page.locator("[data-test=letter-number]")).containsText("/REHSOS/");
        assertThat(page.locator("[data-test=letter-pdf]")).isVisible();
        screenshot("case-06-referral-letter-numbered");
        assertNoHorizontalScroll("referral letter");
        page.navigate(caseUrl);
        advance("Lanjut ke Evaluasi");
        page.locator("[data-test=edit-evaluation]").click();
        page.locator("#goals0\\.result").selectOption(new SelectOption().setLabel("Tercapai"));
        page.locator("#goals0\\.evidence").fill("KTP-el dan KK sudah diterima");
        label("Keputusan").selectOption(new SelectOption().setLabel("Terminasi"));
        label("Tanggal evaluasi").fill(today);
        save();
        advance("Lanjut ke Terminasi");
        page.locator("[data-test=edit-termination]").click();
        label("Alasan terminasi").selectOption(new SelectOption().setLabel("Tujuan tercapai"));
        label("Ringkasan").fill("Dokumen kependudukan lengkap; diusulkan ke DTKS");
        label("Rekomendasi dan tindak lanjut untuk petugas lain").fill("Pantau usulan DTKS bulan depan");
        label("Tanggal terminasi").fill(today);
        save();
        page.locator("[data-test=request-termination-approval]").click();
        assertThat(page.locator("[data-test=pending-approval]")).containsText("Terminasi");
        signOut();

        // 6. koordinator returns it once with a comment
        signIn("koordinator", DemoAccounts.PASSWORD);
        page.navigate(caseUrl);
        page.locator("[data-test=pending-approval] textarea").fill("Lampirkan bukti usulan DTKS di ringkasan");
        page.locator("[data-test=return]").click();
        assertThat(page.locator(".alert-success")).containsText("Dikembalikan");
        signOut();

        // 7. peksos1 corrects the summary and asks again
        signIn("peksos1", DemoAccounts.PASSWORD);
        page.navigate(caseUrl);
        assertThat(page.locator("[data-test=timeline]")).containsText("Lampirkan bukti usulan DTKS di ringkasan");
        page.locator("[data-test=edit-termination]").click();
        label("Ringkasan").fill("Dokumen kependudukan lengkap; usulan DTKS nomor 123 terlampir");
        save();
        page.locator("[data-test=request-termination-approval]").click();
        signOut();

        // 8. koordinator approves; the case is closed
        signIn("koordinator", DemoAccounts.PASSWORD);
        openFromMenu("Persetujuan");
        page.locator("[data-test=approval-row]").filter(new Locator.FilterOptions().setHasText(clientName))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui")).click();
        page.navigate(caseUrl);
        assertThat(page.locator("[data-test=case-status]")).containsText("Ditutup");
        Locator timeline = page.locator("[data-test=timeline]");
        for (String step : List.of("Kasus dibuka", "Pendekatan awal → Asesmen", "Asesmen → Rencana intervensi",
                "Minta persetujuan: Rencana intervensi", "Disetujui: Rencana intervensi",
                "Rencana intervensi → Pelaksanaan", "Kegiatan: Fasilitasi dokumen (Dukcapil)",
                "Rujukan ke Dukcapil Disdukcapil Kota Binjai", "Pelaksanaan → Evaluasi", "Evaluasi → Terminasi",
                "Minta persetujuan: Terminasi", "Dikembalikan: Terminasi", "Disetujui: Terminasi",
                "Koreksi: Terminasi", "Koreksi: Rujukan")) {
            assertThat(timeline).containsText(step);
        }
        screenshot("case-08-closed-timeline");
        assertNoHorizontalScroll("closed case");

        // 9. the printable summary, and the team's caseload with the closed cases
        page.navigate(caseUrl + "/print");
        assertThat(page.locator("h1")).containsText("Ringkasan kasus");
        assertThat(page.locator("main")).containsText("Pantau usulan DTKS bulan depan");
        assertThat(page.locator("[data-test=corrections]")).containsText("Disdukcapil Binjai");
        screenshot("case-09-print");
        // on paper: the print stylesheet at A4 width, as a picture and as the PDF the browser would print
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.setViewportSize(794, 1123);
        screenshot("case-09-print-paper");
        page.pdf(new Page.PdfOptions().setPath(java.nio.file.Path.of("target/screenshots/case-09-print.pdf"))
                .setFormat("A4").setPrintBackground(false));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate(url("/cases?status=CLOSED"));
        assertThat(page.locator("[data-test=case-row]").filter(new Locator.FilterOptions().setHasText(clientName)))
                .containsText("Ditutup");
        screenshot("case-10-caseload");
        assertNoHorizontalScroll("caseload");
    }

    private void save() {
        page.locator("main button[type=submit]").filter(new Locator.FilterOptions().setHasText("Simpan")).click();
        assertThat(page.locator(".alert-success")).containsText("Tersimpan");
    }

    private void advance(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Tahap kasus sudah dipindah");
    }

    private void openFromMenu(String link) {
        openMenuIfFolded();
        page.locator("#mainNav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true)).click();
    }

    private Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
    }
}
