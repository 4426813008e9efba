package id.lentera.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What no request may break: text stored before the input rule in printouts and workbooks, a
 * malformed language cookie, a forged Host header, an upload over the limit, a date out of bounds,
 * a search text too long or with hidden characters.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputRulesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Casework casework;

    TestOffice office;
    long caseId;
    long referralId;
    long householdId;

    @BeforeAll
    void aCaseWhoseClientNameWasStoredWithControlCharacters() {
        office = new TestOffice(context);
        caseId = office.caseInIntervention("Budi Santoso");
        SignedIn.run(office.worker, () -> casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai",
                "KTP", TestClock.today(), office.worker));
        CaseFile file = office.file(caseId);
        referralId = file.getReferrals().get(0).getId();
        // a letter is printed once it has its number (an explicit POST of the case's worker)
        SignedIn.run(office.worker, () -> context.getBean(id.lentera.supervision.Exports.class)
                .takeReferralLetterNumber(caseId, referralId, office.worker));
        // as an older row, saved before the input rule: a vertical tab and a form feed from a Word paste, a bidi override
        jdbc.update("update person set full_name = ? where id = (select person_id from client where id = ?)",
                "Budi\u000BSantoso\u000C \u202Ex", file.getClientId());
        householdId = jdbc.queryForObject("""
                select m.household_id from household_member m join client c on c.person_id = m.person_id
                where c.id = ? and m.left_on is null""", Long.class, file.getClientId());
    }

    @Test
    void printoutsOfOlderRowsWithControlCharactersStillPrint() throws Exception {
        for (String path : new String[] {"/exports/cases/" + caseId + "/summary.pdf",
                "/exports/cases/" + caseId + "/referrals/" + referralId + "/letter.pdf"}) {
            MockHttpServletResponse response = mvc.perform(get(path).with(as(office.worker))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String text = new PdfTextExtractor(new PdfReader(response.getContentAsByteArray())).getTextFromPage(1);
            assertThat(text).as(path).contains("BudiSantoso").doesNotContain("\u202E");
        }
    }

    @Test
    void theCaseloadWorkbookHoldsOnlyWhatXmlAllows() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/exports/caseload.xlsx").with(as(office.worker)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("caseload", ".xlsx");
        String sheet = null;
        try {
            java.nio.file.Files.write(file, response.getContentAsByteArray());
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
                sheet = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheet).contains("BudiSantoso ").doesNotContain("\u000B", "\u000C", "\u202E");
    }

    @Test
    void aMalformedLanguageCookieIsIgnored() throws Exception {
        for (String value : new String[] {"x<y", "id_ID_%%", "-", "en-_"}) {
            MockHttpServletResponse response = mvc.perform(get("/").cookie(new Cookie("lentera-lang", value))
                    .with(as(office.worker))).andReturn().getResponse();
            assertThat(response.getStatus()).as(value).isEqualTo(200);
            assertThat(response.getContentAsString()).as(value).contains("lang=\"id\"");
        }
        MockHttpServletResponse login = mvc.perform(get("/login").cookie(new Cookie("lentera-lang", "x<y")))
                .andReturn().getResponse();
        assertThat(login.getStatus()).isEqualTo(200);
    }

    @Test
    void aForgedHostHeaderNeverEndsUpInALink() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases").header("Host", "evil.example")
                .with(as(office.worker))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("lang=en").doesNotContain("evil.example");
    }

    @Test
    void anUploadOverTheLimitGetsTheTooLargeAnswerBeforeAnythingReadsIt() throws Exception {
        byte[] body = new byte[22 * 1024 * 1024];
        MockHttpServletResponse response = mvc.perform(post("/admin/regions").with(csrf()).with(as(office.admin))
                .contentType("multipart/form-data; boundary=xyz").content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aDateOfDeathIsNeitherBefore1900NorInTheFuture() throws Exception {
        long memberId = jdbc.queryForObject("select id from household_member where household_id = ? and left_on is null"
                + " order by id limit 1", Long.class, householdId);
        String tomorrow = TestClock.today().plusDays(1).toString();
        int latestYear = TestClock.today().getYear() + 5;
        for (String[] date : new String[][] {{"1800-01-01", "Tanggal harus antara tahun 1900 dan tahun " + latestYear + "."},
                {"99999-12-31", "Tanggal harus antara tahun 1900 dan tahun " + latestYear + "."},
                {tomorrow, "Tanggal meninggal tidak boleh di masa depan."}}) {
            String html = mvc.perform(post("/households/" + householdId + "/members/" + memberId + "/death")
                            .param("diedOn", date[0]).param("version", "0").with(csrf()).with(as(office.worker))
                            .accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(date[0]).contains(date[1]).contains("value=\"" + date[0] + "\"");
        }
    }

    @Test
    void searchTextIsBoundedAndCleanWithAMessageInTheUsersLanguage() throws Exception {
        MockHttpServletResponse tooLong = mvc.perform(get("/clients").param("q", "a".repeat(101))
                .with(as(office.worker))).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("Terlalu panjang: paling banyak 100 karakter.");

        MockHttpServletResponse hidden = mvc.perform(get("/admin/accounts").param("q", "adm\u202Ein")
                .param("lang", "en").with(as(office.admin))).andReturn().getResponse();
        assertThat(hidden.getStatus()).isEqualTo(400);
        assertThat(hidden.getContentAsString()).contains("This contains hidden characters");
    }
}
