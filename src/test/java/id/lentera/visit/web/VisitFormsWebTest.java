package id.lentera.visit.web;

import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitLog;
import id.lentera.visit.VisitPlace;
import id.lentera.visit.VisitPurpose;
import id.lentera.visit.VisitReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad input on every visit form: never a 500, the message next to the field, what was typed kept;
 * a stale correction keeps the input and says so; a repeated save is the same visit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitFormsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitLog visits;

    VisitFixtures fx;
    CurrentUser worker;
    long caseId;

    @BeforeAll
    void aCase() {
        fx = new VisitFixtures(context);
        worker = fx.office.worker;
        caseId = fx.aCase("Form Kunjungan");
    }

    /** The visit form as the browser sends it; {@code changes} are name, value pairs replacing or adding fields. */
    MockMultipartHttpServletRequestBuilder record(long visitId, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("key", UUID.randomUUID().toString());
        fields.put("visitedOn", TestClock.today().toString());
        fields.put("startedAt", "10:15");
        fields.put("place", "HOME");
        fields.put("purpose", "MONITORING");
        fields.put("observations", "Atap bocor di dapur");
        fields.put("metWith", "Ibu Sari");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        var request = multipart("/visits/" + visitId + "/record").with(csrf()).with(as(worker)).accept(MediaType.TEXT_HTML);
        fields.forEach(request::param);
        return request;
    }

    MockHttpServletResponse send(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("never a server error").isLessThan(500);
        return response;
    }

    /** The page shows {@code message} in the error element of {@code field}, and keeps {@code kept}. */
    static void showsNextTo(MockHttpServletResponse response, String field, String message, String kept)
            throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        int error = html.indexOf("id=\"" + field + "-error\"");
        assertThat(error).as("an error next to " + field).isPositive();
        assertThat(html.substring(error, Math.min(html.length(), error + 400))).contains(message);
        if (kept != null) {
            assertThat(html).contains(kept);
        }
    }

    @Test
    void planningRefusesDaysPastAndNonsenseWithoutA500() throws Exception {
        var past = send(post("/visits/new").with(csrf()).with(as(worker)).param("case", String.valueOf(caseId))
                .param("key", UUID.randomUUID().toString()).param("scheduledOn", TestClock.today().minusDays(1).toString())
                .param("purpose", "MONITORING").param("note", "Bawa formulir"));
        showsNextTo(past, "scheduledOn", "tidak boleh sudah lewat", "Bawa formulir");
        var nonsense = send(post("/visits/new").with(csrf()).with(as(worker)).param("case", String.valueOf(caseId))
                .param("scheduledOn", "besok").param("scheduledTime", "25:99").param("purpose", "PESTA"));
        showsNextTo(nonsense, "scheduledOn", "Isian tidak sah", null);
        showsNextTo(nonsense, "purpose", "Isian tidak sah", null);
        var unknownCase = send(post("/visits/new").with(csrf()).with(as(worker)).param("case", "abc"));
        assertThat(unknownCase.getStatus()).isBetween(400, 404);
    }

    @Test
    void schedulingAndStartingAtOnceOpensTheVisitFormAndASecondSendingPlansNoSecondVisit() throws Exception {
        long fresh = fx.aCase("Mulai Sekarang");
        String key = UUID.randomUUID().toString();
        var first = send(post("/visits/new").with(csrf()).with(as(worker)).param("case", String.valueOf(fresh))
                .param("key", key).param("scheduledOn", TestClock.today().toString()).param("purpose", "ASSESSMENT")
                .param("start", "now"));
        var again = send(post("/visits/new").with(csrf()).with(as(worker)).param("case", String.valueOf(fresh))
                .param("key", key).param("scheduledOn", TestClock.today().toString()).param("purpose", "ASSESSMENT")
                .param("start", "now"));
        assertThat(first.getRedirectedUrl()).matches("/visits/\\d+/record").isEqualTo(again.getRedirectedUrl());
        assertThat(fx.count("case_id = ?", fresh)).isEqualTo(1);
    }

    @Test
    void aPositionOutsideIndonesiaIsRefusedNextToTheField() throws Exception {
        long visitId = fx.plannedToday(caseId);
        var paris = send(record(visitId, "latitude", "48.8566", "longitude", "2.3522", "accuracy", "8"));
        showsNextTo(paris, "latitude", "di luar wilayah Indonesia", "Atap bocor di dapur");
        var garbage = send(record(visitId, "latitude", "utara", "longitude", "98.48"));
        showsNextTo(garbage, "latitude", "Isian tidak sah", "Atap bocor di dapur");
        var half = send(record(visitId, "latitude", "3.6"));
        showsNextTo(half, "latitude", "tidak lengkap", null);
        var none = send(record(visitId));
        showsNextTo(none, "noPositionReason", "Ambil posisi, atau tulis", "Ibu Sari");
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).isEqualTo(1);
    }

    @Test
    void datesTextsAndChoicesAreCheckedOnTheServer() throws Exception {
        long visitId = fx.plannedToday(caseId);
        var future = send(record(visitId, "visitedOn", TestClock.today().plusDays(2).toString(), "noPositionReason", "GPS mati"));
        showsNextTo(future, "visitedOn", "tidak boleh bertanggal di masa depan", "GPS mati");
        var nextToday = send(record(visitId, "noPositionReason", "GPS mati", "nextVisitOn", TestClock.today().toString()));
        showsNextTo(nextToday, "nextVisitOn", "harus sesudah", null);
        var bogus = send(record(visitId, "place", "PASAR", "startedAt", "jam sepuluh", "observations", "x".repeat(4001), "noPositionReason", "GPS mati"));
        showsNextTo(bogus, "place", "Isian tidak sah", null);
        showsNextTo(bogus, "startedAt", "Isian tidak sah", null);
        showsNextTo(bogus, "observations", "Panjang maksimal 4.000", null);
        var halfSurvey = send(record(visitId, "noPositionReason", "GPS mati", "tenure", "OWN", "lighting", "NONE", "power", "VA_900"));
        showsNextTo(halfSurvey, "floor", "Wajib diisi bila kondisi rumah disurvei", "Atap bocor di dapur");
        showsNextTo(halfSurvey, "power", "hanya untuk listrik PLN", null);
        var unknownChoice = send(record(visitId, "noPositionReason", "GPS mati", "toilet", "ISTANA"));
        showsNextTo(unknownChoice, "toilet", "Isian tidak sah", "Atap bocor di dapur");
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).as("nothing saved").isEqualTo(1);
    }

    @Test
    void aFileThatIsNoPhotoIsRefusedNextToThePhotoFieldAndTheRestKept() throws Exception {
        long visitId = fx.plannedToday(caseId);
        var response = send(record(visitId).file(new MockMultipartFile("photos", "rumah.jpg", "image/jpeg",
                "bukan gambar".getBytes())).param("noPositionReason", "GPS mati"));
        showsNextTo(response, "photos", "bukan foto JPEG, PNG, atau WebP", "Atap bocor di dapur");
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).isEqualTo(1);
        var upload = send(multipart("/visits/" + visitId + "/photos").file(new MockMultipartFile("photo", "rumah.jpg",
                "image/jpeg", "bukan gambar".getBytes())).with(csrf()).with(as(worker)));
        assertThat(upload.getStatus()).isEqualTo(422);
        assertThat(upload.getContentAsString()).contains("bukan foto JPEG, PNG, atau WebP");
        var nothing = send(multipart("/visits/" + visitId + "/photos").with(csrf()).with(as(worker)));
        assertThat(nothing.getStatus()).isEqualTo(422);
        var ok = send(multipart("/visits/" + visitId + "/photos").file(new MockMultipartFile("photo", "x.bin",
                "application/octet-stream", VisitFixtures.png(64, 48))).with(csrf()).with(as(worker)));
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("/visits/photos/").contains("/thumb");
    }

    @Test
    void savingTheSameFormTwiceAnswersTheSameVisit() throws Exception {
        long visitId = fx.plannedToday(caseId);
        String key = UUID.randomUUID().toString();
        var first = send(record(visitId, "key", key, "latitude", "3.6001", "longitude", "98.4854", "accuracy", "12", "positionAt", "2026-12-01T03:00:00.000Z"));
        var again = send(record(visitId, "key", key, "latitude", "3.6001", "longitude", "98.4854"));
        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).isEqualTo("/visits/" + visitId);
        assertThat(fx.count("id = ? and status = 'DONE'", visitId)).isEqualTo(1);
        assertThat(fx.count("case_id = ? and status = 'DONE' and record_key = cast(? as uuid)", caseId, key)).isEqualTo(1);
    }

    @Test
    void aStaleCorrectionKeepsTheInputAndSaysSomeoneElseChangedIt() throws Exception {
        long visitId = fx.done(caseId);
        long version = fx.version(visitId);
        VisitReport theirs = new VisitReport(TestClock.today(), null, VisitPlace.HOME, null, "Kepala lingkungan",
                VisitPurpose.MONITORING, "Dikoreksi supervisor", null, null, null, null, null);
        CurrentUser supervisor = fx.office.supervisor;
        SignedIn.run(supervisor, () -> visits.correct(visitId, version, theirs, supervisor));
        var stale = send(record(visitId, "correction", "true", "version", String.valueOf(version), "observations", "Koreksi saya yang belum tersimpan"));
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).contains("baru saja diubah orang lain")
                .contains("Koreksi saya yang belum tersimpan");
        // saving again from that page (it carries the new version) goes through, history kept
        var again = send(record(visitId, "correction", "true", "version", String.valueOf(fx.version(visitId)), "observations", "Koreksi saya yang belum tersimpan"));
        assertThat(again.getStatus()).isEqualTo(302);
        var page = send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/visits/" + visitId)
                .with(as(worker)));
        assertThat(page.getContentAsString()).contains("Riwayat koreksi").contains("Dikoreksi supervisor")
                .contains("Koreksi saya yang belum tersimpan");
    }

    @Test
    void missedOrCancelledNeedsAReason() throws Exception {
        long visitId = fx.plannedToday(caseId);
        long version = fx.version(visitId);
        var noReason = send(post("/visits/" + visitId + "/outcome").with(csrf()).with(as(worker))
                .param("version", String.valueOf(version)).param("outcome", "MISSED").param("reason", " "));
        showsNextTo(noReason, "reason", "Wajib diisi", null);
        var done = send(post("/visits/" + visitId + "/outcome").with(csrf()).with(as(worker))
                .param("version", String.valueOf(version)).param("outcome", "DONE").param("reason", "selesai"));
        showsNextTo(done, "outcome", "Wajib diisi", "selesai");
        var junk = send(post("/visits/" + visitId + "/outcome").with(csrf()).with(as(worker))
                .param("version", "lama").param("outcome", "HILANG").param("reason", "x"));
        assertThat(junk.getStatus()).isEqualTo(200);
        var ok = send(post("/visits/" + visitId + "/outcome").with(csrf()).with(as(worker))
                .param("version", String.valueOf(version)).param("outcome", "MISSED").param("reason", "Rumah kosong"));
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(fx.count("id = ? and status = 'MISSED'", visitId)).isEqualTo(1);
    }

    @Test
    void aSaveAfterTheSessionEndedIsSentToSignIn() throws Exception {
        long visitId = fx.plannedToday(caseId);
        var response = mvc.perform(multipart("/visits/" + visitId + "/record").with(csrf())
                .param("key", UUID.randomUUID().toString()).param("observations", "x")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).isEqualTo(1);
    }

    @Test
    void anOddAgendaPageShowsTheFirstPage() throws Exception {
        for (String page : new String[] {"abc", "-1", "99999999999", "1"}) {
            var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/visits/today").param("page", page).with(as(worker))).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aSaveAfterTheSessionEndedWithAStaleTokenIsSentToSignInToo() throws Exception {
        long visitId = fx.plannedToday(caseId);
        var response = mvc.perform(multipart("/visits/" + visitId + "/record").with(csrf().useInvalidToken())
                .param("key", UUID.randomUUID().toString()).param("observations", "x")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(fx.count("id = ? and status = 'PLANNED'", visitId)).isEqualTo(1);
    }
}
