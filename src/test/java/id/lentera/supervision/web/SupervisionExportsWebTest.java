package id.lentera.supervision.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.lentera.account.CurrentUser;
import id.lentera.casework.CaseFilter;
import id.lentera.casework.CaseRow;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.client.web.StatementCounting;
import id.lentera.supervision.XlsxRows;
import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPurpose;
import id.lentera.support.SignedIn;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the exports hold (exactly the rows the user may see, read back with fastexcel-reader; the
 * PDFs' text), that each is in the audit log, the forms' bad input, and that the team, worker and
 * dashboard pages run the same number of statements whatever the team's size.
 */
@IntegrationTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionExportsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;
    @Autowired
    JdbcTemplate jdbc;

    TestOffice office;
    long planning;
    long intervention;
    long referralId;
    String nik;

    @BeforeAll
    void aTeamWithCases() {
        office = new TestOffice(context);
        office.openCase("Ekspor Satu");
        planning = office.caseInPlanning("Ekspor Dua");
        intervention = office.caseInIntervention("Ekspor Tiga");
        SignedIn.run(office.worker, () -> casework.refer(intervention, ReferralDestination.DUKCAPIL,
                "Disdukcapil Kota Binjai", "Penerbitan KTP-el", TestClock.today(), office.worker));
        referralId = office.file(intervention).getReferrals().get(0).getId();
        nik = TestClients.nikOf(LocalDate.of(1968, 3, 1), Sex.M);
        jdbc.update("update person set nik = ? where id = (select person_id from client where id = ?)", nik,
                office.file(intervention).getClientId());
        // a case of the other team, which office's people must never get
        new TestClients(context).clientHeadingHousehold(office.otherWorker, "Ekspor Lain", Sex.F,
                LocalDate.of(1990, 1, 1), null, null, "12.75.05.1001");
        // one visit done today, for the report's visits per week
        VisitLog visits = context.getBean(VisitLog.class);
        long visit = SignedIn.run(office.worker, () -> visits.plan(intervention, java.util.UUID.randomUUID(),
                TestClock.today(), null, VisitPurpose.MONITORING, null, office.worker));
        SignedIn.run(office.worker, () -> visits.record(visit, java.util.UUID.randomUUID(), VisitFixtures.report(null),
                null, office.worker));
    }

    /** Takes the letter's number as the browser does: the button's POST. */
    void takeNumber(long caseId, long referral, CurrentUser user) throws Exception {
        var response = mvc.perform(post("/exports/cases/" + caseId + "/referrals/" + referral + "/letter/number")
                .with(csrf()).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    byte[] download(String path, CurrentUser user) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }


    Set<String> visibleNumbers(CaseFilter filter, CurrentUser user) {
        return SignedIn.run(user, () -> casework.caseload(filter, user, Pageable.unpaged())).stream()
                .map(CaseRow::number).collect(Collectors.toSet());
    }

    Set<String> exportedNumbers(String query, CurrentUser user) throws Exception {
        List<List<String>> rows = XlsxRows.of(download("/exports/caseload.xlsx" + query, user));
        assertThat(rows.get(0).get(0)).isEqualTo("Nomor kasus");
        return rows.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet());
    }

    @Test
    void caseloadExportHoldsExactlyTheRowsEachPersonMaySee() throws Exception {
        Set<String> team = Set.of(office.file(planning).getNumber(), office.file(intervention).getNumber());
        for (CurrentUser user : List.of(office.worker, office.supervisor, office.otherSupervisor, office.head)) {
            Set<String> exported = exportedNumbers("", user);
            assertThat(exported).as(user.username()).isEqualTo(visibleNumbers(CaseFilter.openCases(), user));
        }
        assertThat(exportedNumbers("", office.worker)).containsAll(team).hasSize(3);
        assertThat(exportedNumbers("", office.colleague)).isEmpty();
        assertThat(exportedNumbers("", office.otherSupervisor)).doesNotContainAnyElementsOf(team);
        assertThat(exportedNumbers("", office.head)).containsAll(team);
    }

    @Test
    void caseloadExportFollowsTheListsFilter() throws Exception {
        assertThat(exportedNumbers("?stage=PLANNING&team=" + office.teamId, office.supervisor))
                .containsExactly(office.file(planning).getNumber());
        assertThat(exportedNumbers("?worker=" + office.colleague.id(), office.supervisor)).isEmpty();
        List<List<String>> rows = XlsxRows.of(download("/exports/caseload.xlsx?stage=PLANNING&team=" + office.teamId,
                office.supervisor));
        assertThat(rows.get(1)).contains("Ekspor Dua", "Rencana intervensi", "Tidak");
        assertThat(rows.get(1)).noneMatch(cell -> cell.contains(nik));
    }

    @Test
    void everyExportIsInTheAuditLogWithItsFilterAndRowCount() throws Exception {
        download("/exports/caseload.xlsx?stage=PLANNING&team=" + office.teamId, office.supervisor);
        String detail = jdbc.queryForObject("""
                select detail from audit_entry where category = 'SUPERVISION' and action = 'EXPORT_CASELOAD_XLSX'
                   and actor = ? order by id desc limit 1""", String.class, office.supervisor.username());
        assertThat(detail).contains("stage=PLANNING", "team=" + office.teamId, "rows=1");
        takeNumber(intervention, referralId, office.worker);
        download("/exports/cases/" + intervention + "/referrals/" + referralId + "/letter.pdf", office.worker);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where category = 'SUPERVISION' and action = 'EXPORT_REFERRAL_LETTER_PDF'
                   and actor = ? and target = ?""", Long.class, office.worker.username(), "case " + intervention))
                .isEqualTo(1);
    }

    @Test
    void monthlyReportPdfHasTheMonthsTitleAndTheLetterhead() throws Exception {
        YearMonth month = TestClock.thisMonth();
        byte[] pdf = download("/exports/monthly.pdf?month=" + month, office.head);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Laporan Bulanan " + month, "DINAS SOSIAL");
        StringBuilder all = new StringBuilder();
        PdfReader reader = new PdfReader(pdf);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(all.toString()).contains("Kunjungan selesai per minggu", "Putusan PKH rumah tangga",
                "Layak bila terdaftar", "Angka dasbor per tim", "Angka dasbor per kecamatan", "Rencana intervensi");
    }

    @Test
    void monthlyReportXlsxHasTheLetterheadAndATeamSheet() throws Exception {
        byte[] xlsx = download("/exports/monthly.xlsx?month=" + TestClock.thisMonth(), office.supervisor);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("Ringkasan", "Per tim", "Per kecamatan");
            List<Row> teams = sheets.get(1).read();
            assertThat(teams).as("two header rows and the supervisor's team").hasSize(3);
            java.util.Map<String, String> team = new java.util.LinkedHashMap<>();
            for (int c = 1; c < teams.get(1).getCellCount(); c++) {
                team.putIfAbsent(teams.get(1).getCellText(c), teams.get(2).getCellText(c));
            }
            // every dashboard figure per team: three open cases, one in each of three stages, today's visit
            assertThat(team).containsEntry("Terbuka di akhir bulan", "3").containsEntry("Kunjungan", "1")
                    .containsEntry("Pendekatan awal", "1").containsEntry("Rencana intervensi", "1")
                    .containsEntry("Pelaksanaan", "1").containsEntry("Evaluasi", "0")
                    .containsKeys("Layak bila terdaftar", "Belum pernah dicek", "Klien meninggal");
            List<Row> kecamatan = sheets.get(2).read();
            assertThat(kecamatan.get(1).getCellText(0)).isEqualTo("Kecamatan");
            assertThat(kecamatan.stream().skip(2).mapToLong(r -> Long.parseLong(r.getCellText(1))).sum())
                    .as("open at month end over the kecamatan").isEqualTo(3);
        }
        List<List<String>> summary = XlsxRows.of(xlsx);
        assertThat(summary.get(0).get(0)).isEqualTo("Dinas Sosial Kota Binjai");
        // the supervisor's team: the one visit done today, in this week's row; the verdict table has every verdict
        String thisWeek = TestClock.today().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY)).toString();
        assertThat(summary).anySatisfy(r -> assertThat(r).containsExactly(thisWeek, "1"));
        assertThat(summary).anySatisfy(r -> assertThat(r).first().isEqualTo("Putusan PKH rumah tangga"));
        assertThat(summary).anySatisfy(r -> assertThat(r).first().isEqualTo("Layak bila terdaftar"));
    }

    @Test
    void referralLetterShowsTheWholeNikAndTheRecipient() throws Exception {
        takeNumber(intervention, referralId, office.supervisor);
        byte[] pdf = download("/exports/cases/" + intervention + "/referrals/" + referralId + "/letter.pdf",
                office.supervisor);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains(nik, "Disdukcapil Kota Binjai", "SURAT RUJUKAN", "Penerbitan KTP-el",
                office.file(intervention).getNumber());
    }

    @Test
    void referralLettersTakeTheNextNumberOfTheRegisterWhenAskedKeepItAndCarryTheWorkersNip() throws Exception {
        jdbc.update("update user_account set nip = '198503102010012004' where id = ?", office.worker.id());
        // two new referrals of the same case (a new case would change the other tests' rows)
        long first = newReferral("Akta kelahiran anak");
        long second = newReferral("Kartu Indonesia Sehat");

        // printing a letter without a number takes none: it leads to the letter's page, which says so
        var unnumbered = mvc.perform(get(letter(first) + ".pdf").with(as(office.supervisor))).andReturn().getResponse();
        assertThat(unnumbered.getStatus()).isEqualTo(302);
        assertThat(unnumbered.getRedirectedUrl()).isEqualTo(letter(first));
        assertThat(jdbc.queryForObject("select count(*) from referral_letter where referral_id in (?, ?)", Long.class,
                first, second)).isZero();

        takeNumber(intervention, first, office.worker);
        takeNumber(intervention, second, office.supervisor);
        takeNumber(intervention, first, office.supervisor);
        String a = letterNumber(intervention, first);
        String b = letterNumber(intervention, second);
        assertThat(letterNumber(intervention, first)).as("printed again").isEqualTo(a);
        var format = java.util.regex.Pattern.compile("^.+/(\\d+)/REHSOS/[IVX]+/" + TestClock.today().getYear() + "$");
        var ma = format.matcher(a);
        var mb = format.matcher(b);
        assertThat(ma.matches() && mb.matches()).as(a + " and " + b).isTrue();
        assertThat(Integer.parseInt(mb.group(1))).isEqualTo(Integer.parseInt(ma.group(1)) + 1);
        assertThat(jdbc.queryForObject("select count(*) from referral_letter where referral_id in (?, ?)", Long.class,
                first, second)).isEqualTo(2);
        // the page shows the number the PDF carries
        assertThat(mvc.perform(get(letter(first)).with(as(office.head))).andReturn().getResponse()
                .getContentAsString()).contains(a);

        String text = new PdfTextExtractor(new PdfReader(download(letter(second) + ".pdf", office.supervisor)))
                .getTextFromPage(1);
        assertThat(text).contains("NIP. 198503102010012004");
    }

    private long newReferral(String reason) {
        SignedIn.run(office.worker, () -> casework.refer(intervention, ReferralDestination.DUKCAPIL,
                "Disdukcapil Kota Binjai", reason, TestClock.today(), office.worker));
        return office.file(intervention).getReferrals().stream().filter(r -> r.getReason().equals(reason))
                .mapToLong(r -> r.getId()).findFirst().orElseThrow();
    }

    private String letter(long referral) {
        return "/exports/cases/" + intervention + "/referrals/" + referral + "/letter";
    }

    private String letterNumber(long caseId, long referral) throws Exception {
        byte[] pdf = download("/exports/cases/" + caseId + "/referrals/" + referral + "/letter.pdf", office.supervisor);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        var number = java.util.regex.Pattern.compile("Nomor\\s*:\\s*(\\S+?/\\d{4})").matcher(text);
        assertThat(number.find()).as(text).isTrue();
        return number.group(1);
    }

    @Test
    void caseSummaryPdfHasTheCaseNumber() throws Exception {
        byte[] pdf = download("/exports/cases/" + planning + "/summary.pdf", office.worker);
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains(office.file(planning).getNumber());
    }

    @Test
    void badMonthsGoBackToTheDashboardWithAMessage() throws Exception {
        for (String month : List.of("abc", "2026-13", "2999-01", "")) {
            var response = mvc.perform(get("/exports/monthly.pdf").param("month", month).with(as(office.head)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(month).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/dashboard");
        }
    }

    @Test
    void badDashboardFiltersAreShownAndTheDefaultIsUsed() throws Exception {
        String html = mvc.perform(get("/dashboard").param("kecamatan", "'; drop table x").param("from", "zz")
                .param("to", "2999-01").with(as(office.head))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kecamatan tidak dikenal", "Bulan tidak sah");
        assertThat(mvc.perform(get("/dashboard").param("team", "abc").with(as(office.head))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theCaseloadSaysWhichNumberOfQuietDaysItFiltersBy() throws Exception {
        String html = mvc.perform(get("/cases").param("quiet", "true").param("quietDays", "45")
                .with(as(office.supervisor))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Tanpa kegiatan 45 hari", "name=\"quietDays\" value=\"45\"");
    }

    @Test
    void badCaseloadParametersAreNotAServerError() throws Exception {
        for (String query : List.of("?worker=abc", "?stage=NOPE", "?quietDays=-5", "?team=1.5")) {
            int status = mvc.perform(get("/cases" + query).with(as(office.supervisor))).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as(query).isIn(200, 400);
        }
    }

    @Test
    void reassignmentFormRefusesBadInputNextToTheFieldsAndKeepsIt() throws Exception {
        String path = "/team/workers/" + office.worker.id() + "/reassign";
        String html = mvc.perform(post(path).with(csrf()).with(as(office.supervisor)).param("reason", "Cuti panjang"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pilih paling sedikit satu kasus.", "Pilih pekerja sosial.", "Cuti panjang");
        html = mvc.perform(post(path).with(csrf()).with(as(office.supervisor)).param("caseIds", String.valueOf(planning))
                .param("toWorker", "abc")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Isian tidak sah.", "Alasan pengalihan wajib diisi.");
        // a worker of another team is refused by casework's rule, shown at the worker choice
        html = mvc.perform(post(path).with(csrf()).with(as(office.supervisor)).param("caseIds", String.valueOf(planning))
                .param("toWorker", String.valueOf(office.otherWorker.id())).param("reason", "x")).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("bukan anggota aktif tim");
        assertThat(office.file(planning).getWorkerId()).isEqualTo(office.worker.id());
    }

    @Test
    void officeFormRefusesBadInputAndSavesGoodInputOnce() throws Exception {
        String form = mvc.perform(get("/admin/office").with(as(office.admin))).andReturn().getResponse()
                .getContentAsString();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String html = mvc.perform(post("/admin/office").with(csrf()).with(as(office.admin)).param("version", version)
                .param("officeName", " ").param("address", "Jl. Contoh").param("letterheadLine1", "PEMERINTAH")
                .param("city", "Binjai").param("headTitle", "Kepala").param("headNip", "12345")
                .param("letterNumberPrefix", "400.9")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Wajib diisi.", "NIP terdiri dari 18 angka.", "Jl. Contoh");
        var saved = mvc.perform(post("/admin/office").with(csrf()).with(as(office.admin)).param("version", version)
                .param("officeName", "Dinas Sosial Kota Binjai").param("address", "Kota Binjai, Sumatera Utara")
                .param("letterheadLine1", "PEMERINTAH KOTA BINJAI").param("letterheadLine2", "DINAS SOSIAL")
                .param("letterheadLine3", "Kota Binjai, Sumatera Utara").param("city", "Binjai")
                .param("headTitle", "Kepala Dinas Sosial").param("headName", "Nama Uji")
                .param("headNip", "19700101 199003 1 002").param("letterNumberPrefix", "400.9")).andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select head_nip from office_settings", String.class))
                .isEqualTo("197001011990031002");
        // the same, stale version again: not saved, the input kept with the conflict warning
        html = mvc.perform(post("/admin/office").with(csrf()).with(as(office.admin)).param("version", version)
                .param("officeName", "Nama Lain").param("address", "Kota Binjai").param("letterheadLine1", "PEMERINTAH")
                .param("city", "Binjai").param("headTitle", "Kepala").param("letterNumberPrefix", "400.9"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nama Lain", "alert-warning");
        assertThat(jdbc.queryForObject("select office_name from office_settings", String.class))
                .isEqualTo("Dinas Sosial Kota Binjai");
        assertThat(jdbc.queryForObject("""
                select detail from audit_entry where action = 'OFFICE_SETTINGS_CHANGED' and actor = ?
                 order by id desc limit 1""", String.class, office.admin.username())).contains("headNip", "headName");
    }

    @Test
    void teamWorkerAndDashboardPagesRunAFixedNumberOfStatements() throws Exception {
        TestOffice small = new TestOffice(context);
        TestOffice large = new TestOffice(context);
        small.openCase("Kecil Satu");
        VisitLog visits = context.getBean(VisitLog.class);
        for (int i = 0; i < 23; i++) {
            long c = large.openCase("Besar " + i);
            if (i < 5) {
                // overdue and coming visits: the team page's and the drill-down's visit figures have rows to count
                long v = SignedIn.run(large.worker, () -> visits.plan(c, java.util.UUID.randomUUID(), TestClock.today(), null,
                        VisitPurpose.OTHER, null, large.worker));
                jdbc.update("update home_visit set scheduled_on = current_date - 3 where id = ?", v);
            }
        }
        for (String page : List.of("/team", "/dashboard")) {
            long smallCount = StatementCounting.count(() -> render(page, small.supervisor));
            long largeCount = StatementCounting.count(() -> render(page, large.supervisor));
            assertThat(largeCount).as(page).isEqualTo(smallCount);
        }
        // the drill-down: a full first page (20 of 23) adds the one count query a single short page needs not
        long one = StatementCounting.count(() -> render("/team/workers/" + small.worker.id(), small.supervisor));
        long full = StatementCounting.count(() -> render("/team/workers/" + large.worker.id(), large.supervisor));
        assertThat(full).isBetween(one, one + 1);
    }

    void render(String path, CurrentUser user) {
        try {
            assertThat(mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
