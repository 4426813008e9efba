package id.lentera.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.casework.ActivityType;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every case form with bad input: the page comes back (never a 500) with the error next to the
 * field and what was typed kept, and nothing is saved. Also stale edits, refused moves shown as the
 * checklist, approvals from the web, and escaping.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFormsWebTest {

    static final String LONG = "x".repeat(4001);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Casework casework;

    TestOffice office;
    long caseId;
    long goalId;
    long referralId;
    long activityId;
    LocalDate today = TestClock.today();

    @BeforeAll
    void aCaseInIntervention() {
        office = new TestOffice(context);
        caseId = office.caseInIntervention("Formulir");
        SignedIn.run(office.worker, () -> {
            casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil", "KTP", today, office.worker);
            casework.recordActivity(caseId, today, ActivityType.COUNSELLING, "Konseling", null, null, office.worker);
        });
        activityId = file().getActivities().get(0).getId();
        goalId = file().getGoals().get(0).getId();
        referralId = file().getReferrals().get(0).getId();
    }

    CaseFile file() {
        return office.file(caseId);
    }

    long version() {
        return file().getVersion();
    }

    static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    /** path (relative to the case), the form, the field that must show an error, a value that must be kept. */
    Stream<Arguments> badInput() {
        String tomorrow = today.plusDays(1).toString();
        String longAgo = today.minusYears(3).toString();
        return Stream.of(
                Arguments.of("/engagement", form("firstContactOn", tomorrow, "referralSource", "WALK_IN", "presentingProblem", "Dijaga"), "firstContactOn", "Dijaga"),
                Arguments.of("/engagement", form("firstContactOn", "2026-13-45", "referralSource", "BUKAN", "presentingProblem", ""), "presentingProblem", "2026-13-45"),
                Arguments.of("/engagement", form("firstContactOn", today.toString(), "referralSource", "WALK_IN", "presentingProblem", LONG), "presentingProblem", "xxxx"),
                Arguments.of("/assessment", form("problems[0].description", "", "problems[0].category", "HOUSING", "strengths", "Kuat sekali"), "problems0.description", "Kuat sekali"),
                Arguments.of("/assessment", form("problems[0].description", LONG, "riskLevel", "SANGAT"), "problems0.description", "xxxx"),
                Arguments.of("/goals/new", form("description", "Tujuan dijaga", "indicator", "", "targetDate", ""), "indicator", "Tujuan dijaga"),
                Arguments.of("/goals/new", form("description", "Tujuan lama", "indicator", "ada", "targetDate", longAgo), "targetDate", "Tujuan lama"),
                Arguments.of("/goals/" + goalId, form("description", "", "indicator", "ada", "targetDate", "kemarin", "version", "0"), "description", "kemarin"),
                Arguments.of("/activities/new", form("doneOn", tomorrow, "type", "COUNSELLING", "description", "Konseling dijaga"), "doneOn", "Konseling dijaga"),
                Arguments.of("/activities/new", form("doneOn", longAgo, "type", "COUNSELLING", "description", "Sebelum kasus"), "doneOn", "Sebelum kasus"),
                Arguments.of("/activities/new", form("doneOn", today.toString(), "type", "", "description", "Tanpa jenis", "goalId", "abc"), "type", "Tanpa jenis"),
                Arguments.of("/activities/" + activityId, form("doneOn", tomorrow, "type", "COUNSELLING", "description", "Koreksi dijaga"), "doneOn", "Koreksi dijaga"),
                Arguments.of("/activities/" + activityId, form("doneOn", longAgo, "type", "COUNSELLING", "description", "Koreksi lampau"), "doneOn", "Koreksi lampau"),
                Arguments.of("/activities/" + activityId, form("doneOn", "31-31-2026", "type", "BOGUS", "description", LONG, "goalId", "abc"), "description", "31-31-2026"),
                Arguments.of("/activities/" + activityId, form("doneOn", today.toString(), "type", "COUNSELLING", "description", "Tujuan tebakan", "goalId", "999999999"), "goalId", "Tujuan tebakan"),
                Arguments.of("/referrals/" + referralId, form("destinationType", "DUKCAPIL", "destinationName", "y".repeat(201), "reason", "Alasan koreksi", "sentOn", today.toString()), "destinationName", "Alasan koreksi"),
                Arguments.of("/referrals/" + referralId, form("destinationType", "BOGUS", "destinationName", "Dukcapil", "reason", "", "sentOn", longAgo), "reason", "Dukcapil"),
                Arguments.of("/referrals/" + referralId, form("destinationType", "DUKCAPIL", "destinationName", "Dukcapil", "reason", "Sebelum kasus", "sentOn", longAgo), "sentOn", "Sebelum kasus"),
                Arguments.of("/referrals/new", form("destinationType", "DUKCAPIL", "destinationName", "", "reason", "Alasan dijaga", "sentOn", today.toString()), "destinationName", "Alasan dijaga"),
                Arguments.of("/referrals/" + referralId + "/outcome", form("outcome", "KTP terbit", "outcomeOn", tomorrow, "version", "0"), "outcomeOn", "KTP terbit"),
                Arguments.of("/evaluation", form("goals[0].goalId", String.valueOf(goalId), "goals[0].result", "ACHIEVED", "goals[0].evidence", LONG, "decision", "TERMINATE", "evaluatedOn", today.toString()), "goals0.evidence", "xxxx"),
                Arguments.of("/termination", form("reason", "", "summary", "Ringkasan dijaga", "terminatedOn", today.toString()), "reason", "Ringkasan dijaga"),
                Arguments.of("/notes/new", form("notedOn", tomorrow, "text", "Catatan dijaga"), "notedOn", "Catatan dijaga"),
                Arguments.of("/notes/new", form("notedOn", today.toString(), "text", LONG), "text", "xxxx"),
                Arguments.of("/back", form("target", "", "reason", "Alasan kembali"), "target", "Alasan kembali"));
    }

    @ParameterizedTest(name = "{0} with bad {2}")
    @MethodSource("badInput")
    void badInputComesBackWithTheErrorAndTheInputKept(String path, MultiValueMap<String, String> form, String field,
            String kept) throws Exception {
        long before = version();
        if (!form.containsKey("version")) {
            form.add("version", String.valueOf(before));
        } else {
            form.set("version", String.valueOf(before));
        }
        MvcResult result = mvc.perform(post("/cases/" + caseId + path).params(form).with(csrf()).with(as(office.worker)))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains(kept);
        // Bean Validation's own English texts never reach the page (they all begin "must …")
        assertThat(html).doesNotContain("must be").doesNotContain("must not");
        assertThat(html).containsPattern("id=\"" + java.util.regex.Pattern.quote(field) + "\"[^>]*is-invalid|is-invalid[^>]*id=\""
                + java.util.regex.Pattern.quote(field) + "\"|" + "alert-danger");
        assertThat(version()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aStaleEngagementShowsTheConflictAndKeepsTheInput() throws Exception {
        long stale = version();
        SignedIn.run(office.worker, () -> casework.addNote(caseId, today, "sela", office.worker));
        String html = mvc.perform(post("/cases/" + caseId + "/engagement").with(csrf()).with(as(office.supervisor))
                        .params(form("firstContactOn", today.toString(), "referralSource", "WALK_IN",
                                "presentingProblem", "Tulisan koordinator", "consentToHelp", "true",
                                "version", String.valueOf(stale))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("alert-warning").contains("Tulisan koordinator")
                .contains("value=\"" + version() + "\"");
        assertThat(file().getEngagement().presentingProblem()).isEqualTo("KTP hilang");
    }

    @Test
    void aStaleActivityCorrectionShowsTheConflictAndKeepsTheInput() throws Exception {
        long stale = version();
        SignedIn.run(office.worker, () -> casework.addNote(caseId, today, "sela", office.worker));
        String html = mvc.perform(post("/cases/" + caseId + "/activities/" + activityId).with(csrf())
                        .with(as(office.supervisor)).params(form("doneOn", today.toString(), "type", "ACCOMPANIMENT",
                                "description", "Koreksi koordinator", "version", String.valueOf(stale))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("alert-warning").contains("Koreksi koordinator")
                .contains("value=\"" + version() + "\"");
        assertThat(file().getActivities().get(0).getDescription()).isEqualTo("Konseling");
    }

    @Test
    void correctionsShowOnTheCasePageWithTheirPreviousValuesInWords() throws Exception {
        long other = office.caseInIntervention("Koreksi Web");
        CurrentUser w = office.worker;
        SignedIn.run(w, () -> casework.refer(other, ReferralDestination.DUKCAPIL, "Disdukcapil Lama", "KTP", today, w));
        long referral = office.file(other).getReferrals().get(0).getId();
        var saved = mvc.perform(post("/cases/" + other + "/referrals/" + referral).with(csrf()).with(as(w))
                .params(form("destinationType", "HEALTH_SERVICE", "destinationName", "Puskesmas Binjai", "reason",
                        "Periksa", "sentOn", today.toString(), "version", String.valueOf(office.version(other)))))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + other);
        String html = mvc.perform(get("/cases/" + other).with(as(w))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-test=\"corrections\"").contains("Rujukan diubah oleh")
                .contains("Disdukcapil Lama").contains("Puskesmas Binjai").contains("Koreksi: Rujukan")
                .doesNotContain("{{case.destination").doesNotContain(">" + today + "<");
        String print = mvc.perform(get("/cases/" + other + "/print").with(as(w))).andReturn().getResponse()
                .getContentAsString();
        assertThat(print).contains("Puskesmas Binjai").contains("Disdukcapil Lama").contains("<details class=\"mb-2\" open");
    }

    @Test
    void inTerminationTheEvaluationIsCorrectedButItsDecisionStays() throws Exception {
        long other = office.caseInTermination("Evaluasi Dikoreksi");
        long goal = office.file(other).getGoals().get(0).getId();
        String page = mvc.perform(get("/cases/" + other).with(as(office.worker))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-test=\"edit-evaluation\"");
        long before = office.version(other);
        String refused = mvc.perform(post("/cases/" + other + "/evaluation").with(csrf()).with(as(office.worker))
                .params(form("goals[0].goalId", String.valueOf(goal), "goals[0].result", "PARTLY", "goals[0].evidence",
                        "Bukti dijaga", "decision", "CONTINUE", "evaluatedOn", today.toString(),
                        "version", String.valueOf(before)))).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("keputusan evaluasi tetap").contains("Bukti dijaga");
        assertThat(office.version(other)).isEqualTo(before);
        var saved = mvc.perform(post("/cases/" + other + "/evaluation").with(csrf()).with(as(office.worker))
                .params(form("goals[0].goalId", String.valueOf(goal), "goals[0].result", "ACHIEVED", "goals[0].evidence",
                        "KTP dan KK ada", "decision", "TERMINATE", "evaluatedOn", today.toString(),
                        "version", String.valueOf(before)))).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/cases/" + other);
        assertThat(office.file(other).getChanges()).extracting(c -> c.getSection().name()).contains("EVALUATION");
    }

    @Test
    void aClosedCaseRefusesCorrectionsWithAClearMessage() throws Exception {
        long closed = office.closedCase("Sudah Tutup");
        CaseFile file = office.file(closed);
        long activity = file.getActivities().get(0).getId();
        var page = mvc.perform(get("/cases/" + closed + "/activities/" + activity).with(as(office.worker))).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + closed);
        assertThat(page.getFlashMap().get("failure")).isEqualTo("case.closed.noCorrections");
        var post = mvc.perform(post("/cases/" + closed + "/activities/" + activity).with(csrf()).with(as(office.worker))
                .params(form("doneOn", today.toString(), "type", "COUNSELLING", "description", "Terlambat",
                        "version", String.valueOf(file.getVersion())))).andReturn().getResponse();
        assertThat(post.getStatus()).isEqualTo(200);
        assertThat(post.getContentAsString()).contains("Kasus sudah ditutup").contains("Terlambat");
        assertThat(office.version(closed)).isEqualTo(file.getVersion());
    }

    @Test
    void aRefusedMoveSaysWhatIsMissing() throws Exception {
        long other = office.openCase("Belum Lengkap");
        var result = mvc.perform(post("/cases/" + other + "/advance").param("target", "ASSESSMENT").with(csrf())
                .with(as(office.worker))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + other);
        assertThat(result.getFlashMap().get("failure")).isEqualTo("case.move.missing");
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) result.getFlashMap().get("missing");
        // the page shows these as the checklist; the browser journey checks it on screen
        assertThat(missing).containsExactly("case.checklist.engagement.consent", "case.checklist.engagement.problem");
    }

    @Test
    void planningShowsTheMissingGoalInTheIssuesWords() throws Exception {
        long other = office.caseInPlanningWithoutGoal("Tanpa Tujuan");
        CurrentUser w = office.worker;
        String html = mvc.perform(get("/cases/" + other).with(as(w))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Belum ada tujuan dengan indikator dan tanggal target");
    }

    @Test
    void returningARequestNeedsAComment() throws Exception {
        long other = office.caseInPlanning("Dikembalikan");
        CurrentUser w = office.worker;
        mvc.perform(post("/cases/" + other + "/approval-requests").param("kind", "PLAN").with(csrf()).with(as(w)));
        var refused = mvc.perform(post("/approvals/" + other + "/PLAN").param("decision", "return").param("comment", "")
                .with(csrf()).with(as(office.supervisor))).andReturn();
        assertThat(refused.getFlashMap().get("failure")).isEqualTo("case.approval.commentRequired");
        var bogus = mvc.perform(post("/approvals/" + other + "/BOGUS").param("decision", "approve")
                .with(csrf()).with(as(office.supervisor))).andReturn();
        assertThat(bogus.getResponse().getStatus()).isBetween(400, 404);
        var returned = mvc.perform(post("/approvals/" + other + "/PLAN").param("decision", "return")
                .param("comment", "Indikator kurang jelas").with(csrf()).with(as(office.supervisor))).andReturn();
        assertThat(returned.getFlashMap().get("success")).isEqualTo("case.approval.returned");
        String html = mvc.perform(get("/cases/" + other).with(as(w))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Indikator kurang jelas").contains("Dikembalikan");
    }

    @Test
    void aSecondCaseForTheClientLinksToTheOpenOne() throws Exception {
        long client = file().getClientId();
        String html = mvc.perform(post("/cases/new").param("client", String.valueOf(client))
                        .param("openedOn", today.toString()).with(csrf()).with(as(office.worker)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-test=\"already-open\"").contains("href=\"/cases/" + caseId + "\"");
    }

    @Test
    void whatPeopleWriteIsEscaped() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/notes/new").with(csrf()).with(as(office.worker))
                .param("notedOn", today.toString()).param("text", "<script>alert(1)</script>"));
        String html = mvc.perform(get("/cases/" + caseId).with(as(office.worker))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void supervisorFormsAndOpeningRefuseBadInputWithoutAnError() throws Exception {
        long before = version();
        String reassign = mvc.perform(post("/cases/" + caseId + "/reassign").with(csrf()).with(as(office.supervisor))
                .param("workerId", "").param("reason", "Alasan dijaga")).andReturn().getResponse().getContentAsString();
        assertThat(reassign).contains("Alasan dijaga").containsPattern("id=\"workerId\"[^>]*is-invalid|is-invalid[^>]*id=\"workerId\"");
        String outsider = mvc.perform(post("/cases/" + caseId + "/reassign").with(csrf()).with(as(office.supervisor))
                .param("workerId", String.valueOf(office.otherWorker.id())).param("reason", "Pindah tim"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outsider).contains("bukan anggota aktif tim");
        var reopen = mvc.perform(post("/cases/" + caseId + "/reopen").with(csrf()).with(as(office.supervisor))
                .param("reason", "Masih terbuka")).andReturn().getResponse();
        assertThat(reopen.getStatus()).isEqualTo(200);
        assertThat(reopen.getContentAsString()).contains("Kasus ini belum ditutup").contains("Masih terbuka");
        assertThat(version()).isEqualTo(before);

        long client = office.client("Buka Nanti");
        var future = mvc.perform(post("/cases/new").param("client", String.valueOf(client))
                .param("openedOn", today.plusDays(3).toString()).with(csrf()).with(as(office.worker))).andReturn().getResponse();
        assertThat(future.getStatus()).isEqualTo(200);
        assertThat(future.getContentAsString()).containsPattern("id=\"openedOn\"[^>]*is-invalid|is-invalid[^>]*id=\"openedOn\"")
                .contains("Tanggal tidak boleh di masa depan.");
        var garbage = mvc.perform(post("/cases/new").param("client", "abc").param("openedOn", "x")
                .with(csrf()).with(as(office.worker))).andReturn().getResponse();
        assertThat(garbage.getStatus()).isBetween(400, 404);
    }
}
