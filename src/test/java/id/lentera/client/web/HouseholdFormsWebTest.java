package id.lentera.client.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.HouseholdView;
import id.lentera.client.Registry;
import id.lentera.client.RegistryCheck;
import id.lentera.client.RegistrySource;
import id.lentera.client.RegistryState;
import id.lentera.client.RegistryStatusLog;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static id.lentera.client.web.HouseholdFixtures.form;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The household forms with bad input: each error next to its field, what was typed kept, never a
 * 500; stale saves show the conflict message and keep the input. And the household page runs the
 * same number of statements whatever the size of its roster.
 */
@IntegrationTest
@Import(StatementCounting.class)
class HouseholdFormsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    HouseholdRoster roster;
    @Autowired
    RegistryStatusLog registry;

    HouseholdFixtures fixtures;
    CurrentUser worker;
    HouseholdFixtures.Made made;
    HouseholdView view;

    @BeforeEach
    void setUp() {
        fixtures = new HouseholdFixtures(context);
        worker = new TestAccounts(context).account(Role.SOCIAL_WORKER);
        made = fixtures.household(worker, 1);
        view = fixtures.view(worker, made.id());
    }

    private String postForm(String path, MultiValueMap<String, String> form) throws Exception {
        var response = mvc.perform(post(path).params(form).with(csrf()).with(as(worker))).andReturn().getResponse();
        assertThat(response.getStatus()).as("the form comes back, not a %s", response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The message shown in the field's error element (fragments/forms puts it at {@code <field>-error}). */
    private static String fieldError(String html, String field) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<").matcher(html);
        assertThat(matcher.find()).as("an error next to %s", field).isTrue();
        assertThat(inputTag(html, field)).as("%s is marked invalid", field).contains("is-invalid");
        return matcher.group(1).strip();
    }

    private static String inputTag(String html, String field) {
        Matcher matcher = Pattern.compile("<(input|select|textarea)[^>]*\\bid=\"" + Pattern.quote(field) + "\"[^>]*>")
                .matcher(html);
        assertThat(matcher.find()).as("a field %s", field).isTrue();
        return matcher.group();
    }

    private static String value(String html, String field) {
        Matcher matcher = Pattern.compile("value=\"([^\"]*)\"").matcher(inputTag(html, field));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String selected(String html, String field) {
        Matcher matcher = Pattern.compile("<select[^>]*\\bid=\"" + Pattern.quote(field) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(matcher.group(1));
        return option.find() ? option.group(1) : null;
    }

    private static MultiValueMap<String, String> member(long version, String... overrides) {
        List<String> fields = new ArrayList<>(HouseholdFixtures.memberFields("Nur Aini"));
        fields.add("version");
        fields.add(String.valueOf(version));
        MultiValueMap<String, String> form = form(fields.toArray(String[]::new));
        for (int i = 0; i < overrides.length; i += 2) {
            form.set(overrides[i], overrides[i + 1]);
        }
        return form;
    }

    @Test
    void newHouseholdFormShowsFormatAndRuleErrorsAndKeepsTheInput() throws Exception {
        long client = fixtures.homelessClient(worker);
        String path = "/households/new?client=" + client;

        String html = postForm(path, form("rt", "1234", "rw", "x", "kelurahanCode", "", "clientRelationship", "CHILD",
                "headFullName", "", "headBirthYear", "tahun"));
        assertThat(fieldError(html, "rt")).isEqualTo("Isi 1–3 angka.");
        assertThat(fieldError(html, "rw")).isEqualTo("Isi 1–3 angka.");
        assertThat(fieldError(html, "kelurahanCode")).isEqualTo("Wajib diisi.");
        assertThat(fieldError(html, "headFullName")).startsWith("Isi nama kepala keluarga");
        assertThat(fieldError(html, "headSex")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "headBirthYear")).isEqualTo("Isian tidak sah.");
        assertThat(value(html, "rt")).isEqualTo("1234");
        assertThat(selected(html, "clientRelationship")).isEqualTo("CHILD");

        html = postForm(path, form("kkNumber", "9999 1234", "street", "Gg. Mawar", "kelurahanCode", "12.75.05.9999",
                "clientRelationship", "HEAD"));
        assertThat(fieldError(html, "kkNumber")).startsWith("Nomor KK harus 16 angka");
        assertThat(fieldError(html, "kelurahanCode")).isEqualTo("Kode kelurahan/desa ini tidak dikenal.");
        assertThat(value(html, "kkNumber")).isEqualTo("9999 1234");
        assertThat(value(html, "street")).isEqualTo("Gg. Mawar");
    }

    @Test
    void addressFormRefusesAStaleSaveAndKeepsWhatWasTyped() throws Exception {
        String path = "/households/" + made.id() + "/edit";
        SignedIn.run(worker, () -> roster.readdress(made.id(), view.version(), new id.lentera.client.HouseholdAddress(
                null, "Jl. Lain", "1", "1", HouseholdFixtures.KELURAHAN), worker));

        String html = postForm(path, form("street", "Jl. Punyaku", "rt", "7", "rw", "8", "kelurahanCode",
                HouseholdFixtures.KELURAHAN, "clientRelationship", "HEAD", "version", String.valueOf(view.version())));
        assertThat(html).contains("Data ini baru saja diubah orang lain");
        assertThat(value(html, "street")).isEqualTo("Jl. Punyaku");
        assertThat(value(html, "version")).isEqualTo(String.valueOf(view.version() + 1));

        html = postForm(path, form("street", "Jl. Punyaku", "rt", "abc", "kelurahanCode", "12.75",
                "clientRelationship", "HEAD", "version", String.valueOf(view.version() + 1)));
        assertThat(fieldError(html, "rt")).isEqualTo("Isi 1–3 angka.");
    }

    @Test
    void memberFormShowsEveryKindOfErrorNextToItsField() throws Exception {
        String path = "/households/" + made.id() + "/members/new";
        String html = postForm(path, member(0, "fullName", " ", "sex", "", "birthDate", "kemarin", "birthYear", "19x0",
                "deliveryDate", "2026-13-45", "relationship", "ANAK", "disabilityType", "Tuna netra"));
        assertThat(fieldError(html, "fullName")).isEqualTo("Wajib diisi.");
        assertThat(fieldError(html, "sex")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "birthDate")).isEqualTo("Isian tidak sah.");
        assertThat(fieldError(html, "birthYear")).isEqualTo("Isian tidak sah.");
        assertThat(fieldError(html, "deliveryDate")).isEqualTo("Isian tidak sah.");
        assertThat(fieldError(html, "relationship")).isEqualTo("Isian tidak sah.");
        // (a browser keeps a number or date field's text itself; what the page keeps is the rest)
        assertThat(value(html, "disabilityType")).isEqualTo("Tuna netra");

        html = postForm(path, member(0, "nik", "1234 5678", "sex", "M", "maternalStatus", "PREGNANT",
                "deliveryDate", TestClock.today().plusMonths(2).toString(), "birthDate",
                TestClock.today().plusDays(3).toString(), "severeDisability", "YES", "disabilityType", ""));
        assertThat(fieldError(html, "nik")).startsWith("NIK harus 16 angka");
        assertThat(fieldError(html, "maternalStatus")).isEqualTo("Hanya untuk perempuan.");
        assertThat(fieldError(html, "birthDate")).isEqualTo("Tanggal lahir tidak boleh di masa depan.");
        assertThat(fieldError(html, "disabilityType")).isEqualTo("Tuliskan jenis disabilitasnya.");
        assertThat(value(html, "nik")).isEqualTo("1234 5678");
        assertThat(value(html, "fullName")).isEqualTo("Nur Aini");
        assertThat(selected(html, "severeDisability")).isEqualTo("YES");
    }

    @Test
    void aNikOfAnotherLivingPersonIsAFriendlyMessage() throws Exception {
        String nik = "127505" + String.format("%02d", 41 + (int) (System.nanoTime() % 28)) + "0591"
                + String.format("%04d", 1 + (int) (System.nanoTime() % 9998));
        String path = "/households/" + made.id() + "/members/new";
        mvc.perform(post(path).params(member(0, "nik", nik)).with(csrf()).with(as(worker)));

        String html = postForm(path, member(0, "nik", nik, "fullName", "Orang Lain"));
        assertThat(fieldError(html, "nik")).startsWith("NIK ini sudah tercatat atas nama orang lain");
        assertThat(value(html, "fullName")).isEqualTo("Orang Lain");
    }

    @Test
    void memberEditRefusesAStaleSaveAndKeepsTheInput() throws Exception {
        var child = view.member(made.memberId());
        String path = "/households/" + made.id() + "/members/" + made.memberId() + "/edit";
        postRedirects(path, member(child.personVersion(), "fullName", "Nama Pertama"));

        String html = postForm(path, member(child.personVersion(), "fullName", "Nama Kedua", "schooling", "SMP"));
        assertThat(html).contains("Data ini baru saja diubah orang lain");
        assertThat(value(html, "fullName")).isEqualTo("Nama Kedua");
        assertThat(selected(html, "schooling")).isEqualTo("SMP");
    }

    @Test
    void leaveFormNeedsADateNotInTheFutureAndAReasonAndDetectsStaleSaves() throws Exception {
        var child = view.member(made.memberId());
        String path = "/households/" + made.id() + "/members/" + made.memberId() + "/leave";
        String html = postForm(path, form("leftOn", "", "reason", " ", "version", String.valueOf(child.memberVersion())));
        assertThat(fieldError(html, "leftOn")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "reason")).isEqualTo("Wajib diisi.");

        html = postForm(path, form("leftOn", TestClock.today().plusDays(1).toString(), "reason", "Pindah",
                "version", String.valueOf(child.memberVersion())));
        assertThat(fieldError(html, "leftOn")).isEqualTo("Tanggal keluar tidak boleh di masa depan.");
        assertThat(value(html, "reason")).isEqualTo("Pindah");

        html = postForm(path, form("leftOn", TestClock.today().toString(), "reason", "Pindah",
                "version", String.valueOf(child.memberVersion() - 1)));
        assertThat(html).contains("Data ini baru saja diubah orang lain");
        assertThat(value(html, "reason")).isEqualTo("Pindah");
    }

    @Test
    void deathFormRefusesBadAndFutureDatesAndStaleSaves() throws Exception {
        var child = view.member(made.memberId());
        String path = "/households/" + made.id() + "/members/" + made.memberId() + "/death";
        String version = String.valueOf(child.personVersion());
        assertThat(fieldError(postForm(path, form("diedOn", "31-02-2026", "version", version)), "diedOn"))
                .isEqualTo("Isian tidak sah.");
        String html = postForm(path, form("diedOn", TestClock.today().plusDays(2).toString(), "version", version));
        assertThat(fieldError(html, "diedOn")).isEqualTo("Tanggal meninggal tidak boleh di masa depan.");
        assertThat(value(html, "diedOn")).isEqualTo(TestClock.today().plusDays(2).toString());
        assertThat(postForm(path, form("diedOn", TestClock.today().toString(), "version", "99")))
                .contains("Data ini baru saja diubah orang lain");
    }

    @Test
    void changeHeadFormNeedsACurrentMemberAndDetectsStaleSaves() throws Exception {
        String path = "/households/" + made.id() + "/head";
        String version = String.valueOf(view.version());
        String html = postForm(path, form("newHeadMemberId", "", "formerHeadRelationship", "", "version", version));
        assertThat(fieldError(html, "newHeadMemberId")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "formerHeadRelationship")).isEqualTo("Wajib dipilih.");

        var elsewhere = fixtures.household(worker, 1);
        html = postForm(path, form("newHeadMemberId", String.valueOf(elsewhere.memberId()), "formerHeadRelationship",
                "PARENT", "version", version));
        assertThat(fieldError(html, "newHeadMemberId")).startsWith("Pilih anggota yang masih tinggal");

        html = postForm(path, form("newHeadMemberId", String.valueOf(made.memberId()), "formerHeadRelationship",
                "PARENT", "version", String.valueOf(view.version() + 5)));
        assertThat(html).contains("Data ini baru saja diubah orang lain");
        assertThat(selected(html, "formerHeadRelationship")).isEqualTo("PARENT");
    }

    @Test
    void registryFormAppliesTheRegistryRulesFieldByField() throws Exception {
        String path = "/households/" + made.id() + "/registry/new";
        String html = postForm(path, form("registry", "", "status", "", "checkedOn", "", "source", "", "decile", "0"));
        assertThat(fieldError(html, "registry")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "status")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "checkedOn")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "source")).isEqualTo("Wajib dipilih.");
        assertThat(fieldError(html, "decile")).isEqualTo("Desil 1 sampai 10.");

        html = postForm(path, form("registry", "DTKS", "status", "REJECTED", "reason", "", "decile", "3",
                "checkedOn", TestClock.today().plusDays(1).toString(), "source", "SIKS_NG", "note", "Cek ulang"));
        assertThat(fieldError(html, "decile")).isEqualTo("Desil hanya ada di DTSEN.");
        assertThat(fieldError(html, "reason")).isEqualTo("Tuliskan alasan ditolak atau dikeluarkan.");
        assertThat(fieldError(html, "checkedOn")).isEqualTo("Tanggal dicek tidak boleh di masa depan.");
        assertThat(html).contains("Cek ulang");
        assertThat(selected(html, "status")).isEqualTo("REJECTED");
    }

    @Test
    void thePageSpeaksEnglishWhenAskedAndShowsWhoChangedWhat() throws Exception {
        String html = mvc.perform(get("/households/" + made.id()).param("lang", "en").with(as(worker)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Household · Lentera</title>", "Members (2)", "Never checked in DTKS/DTSEN.",
                "Change history", "Member added", worker.username());
        assertThat(html).doesNotContain("??");
    }

    @Test
    void unknownOrMalformedAddressesAreNotServerErrors() throws Exception {
        assertThat(mvc.perform(get("/households/987654321").with(as(worker))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/households/satu").with(as(worker))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/households/new").with(as(worker))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/households/" + made.id() + "/members/987654321/edit").with(as(worker)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/households/" + made.id() + "/head").with(csrf()).with(as(worker))
                .param("newHeadMemberId", "x").param("version", "y")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theHouseholdPageRunsTheSameStatementsWhateverTheSizeOfItsRoster() throws Exception {
        var small = fixtures.household(worker, 1);
        var large = fixtures.household(worker, 12);
        for (var household : List.of(small, large)) {
            SignedIn.run(worker, () -> registry.record(household.id(), new RegistryCheck(Registry.DTKS,
                    RegistryState.NOT_REGISTERED, null, null, null, TestClock.today(), RegistrySource.CEK_BANSOS, null),
                    worker));
        }
        SignedIn.run(worker, () -> {
            for (int i = 0; i < 3; i++) {
                registry.record(large.id(), new RegistryCheck(Registry.DTSEN, RegistryState.REGISTERED, null, null,
                        1 + i, TestClock.today(), RegistrySource.SIKS_NG, null), worker);
            }
        });
        String path = "/households/";
        get(path + small.id());
        long smallCount = StatementCounting.count(() -> render(path + small.id()));
        long largeCount = StatementCounting.count(() -> render(path + large.id()));

        assertThat(largeCount).isEqualTo(smallCount);
        // the page's own reads, plus one per request for the session's rights check and one for the audit entry
        assertThat(smallCount).as("a few statements, not one per member").isBetween(3L, 17L);
    }

    private void render(String path) {
        try {
            var response = mvc.perform(get(path).with(as(worker))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("data-test=\"member\"");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void postRedirects(String path, MultiValueMap<String, String> form) throws Exception {
        assertThat(mvc.perform(post(path).params(form).with(csrf()).with(as(worker))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
    }

    // --- a NIK that disagrees with the recorded sex or birth date

    private static String textarea(String html, String field) {
        Matcher matcher = Pattern.compile("<textarea[^>]*\\bid=\"" + Pattern.quote(field) + "\"[^>]*>([^<]*)</textarea>")
                .matcher(html);
        assertThat(matcher.find()).as("a text area %s", field).isTrue();
        return matcher.group(1).strip();
    }

    /** The warning block, which must sit between the NIK and the next field. */
    private static String nikWarning(String html) {
        int start = html.indexOf("data-test=\"nik-warning\"");
        assertThat(start).as("a NIK warning").isPositive();
        assertThat(html.indexOf("id=\"nik\"")).as("right after the NIK").isBetween(0, start);
        int end = html.indexOf("id=\"birthDate\"");
        assertThat(end).as("before the birth date").isGreaterThan(start);
        return html.substring(start, end);
    }

    @Test
    void aNikThatDisagreesComesBackWithTheWarningAndTheInputUntilAReasonIsGiven() throws Exception {
        LocalDate born = LocalDate.of(2012, 4, 9);
        String nik = TestClients.nikOf(born, Sex.F);
        String path = "/households/" + made.id() + "/members/new";
        var typed = member(0, "fullName", "Budi Santoso", "sex", "M", "nik", nik, "birthDate", born.plusDays(2).toString(),
                "schooling", "SMP");

        String html = postForm(path, typed);
        String warning = nikWarning(html);
        assertThat(warning).contains("NIK ini tidak cocok dengan data yang diisi")
                .contains("Menurut NIK, jenis kelaminnya lain").contains("Menurut NIK, tanggal lahirnya lain")
                .contains("Alasan tetap memakai NIK ini");
        assertThat(textarea(html, "nikWarningOverride")).isEmpty();
        assertThat(value(html, "fullName")).isEqualTo("Budi Santoso");
        assertThat(value(html, "nik")).isEqualTo(nik);
        assertThat(value(html, "birthDate")).isEqualTo(born.plusDays(2).toString());
        assertThat(selected(html, "sex")).isEqualTo("M");
        assertThat(selected(html, "schooling")).isEqualTo("SMP");
        assertThat(fixtures.view(worker, made.id()).members()).hasSize(2);

        // a blank reason is no reason
        typed.set("nikWarningOverride", "   ");
        assertThat(nikWarning(postForm(path, typed))).contains("Menurut NIK, jenis kelaminnya lain");

        typed.set("nikWarningOverride", "Sudah dicocokkan dengan KTP-el");
        postRedirects(path, typed);
        String page = mvc.perform(get("/households/" + made.id()).with(as(worker))).andReturn().getResponse()
                .getContentAsString();
        Matcher shown = Pattern.compile("Budi Santoso.*?data-test=\"nik-override\"[^>]*>([^<]*)<", Pattern.DOTALL)
                .matcher(page);
        assertThat(shown.find()).as("the reason on the member's card").isTrue();
        assertThat(shown.group(1)).isEqualTo("NIK tidak cocok, tetap dipakai: Sudah dicocokkan dengan KTP-el");
        assertThat(page).doesNotContain(nik);

        // the edit form shows the stored reason, so saving it again keeps it
        long memberId = fixtures.view(worker, made.id()).members().stream()
                .filter(m -> m.fullName().equals("Budi Santoso")).findFirst().orElseThrow().memberId();
        String edit = mvc.perform(get("/households/" + made.id() + "/members/" + memberId + "/edit").with(as(worker)))
                .andReturn().getResponse().getContentAsString();
        assertThat(textarea(edit, "nikWarningOverride")).isEqualTo("Sudah dicocokkan dengan KTP-el");
        assertThat(edit).doesNotContain("NIK ini tidak cocok");
    }

    @Test
    void aNikThatAgreesSavesAtOnceAndAsksNothing() throws Exception {
        LocalDate born = LocalDate.of(2014, 8, 17);
        postRedirects("/households/" + made.id() + "/members/new",
                member(0, "nik", TestClients.nikOf(born, Sex.F), "birthDate", born.toString()));
        String edit = mvc.perform(get("/households/" + made.id() + "/members/" + made.memberId() + "/edit")
                .with(as(worker))).andReturn().getResponse().getContentAsString();
        assertThat(edit).doesNotContain("data-test=\"nik-warning\"").doesNotContain("nikWarningOverride");
    }

    @Test
    void aBadReasonOrABadNikWithAReasonIsAnErrorNextToItsFieldNotA500() throws Exception {
        LocalDate born = LocalDate.of(2012, 4, 9);
        String path = "/households/" + made.id() + "/members/new";
        String html = postForm(path, member(0, "sex", "M", "nik", TestClients.nikOf(born, Sex.F),
                "nikWarningOverride", "x".repeat(501)));
        assertThat(fieldError(html, "nikWarningOverride")).isNotEmpty();
        assertThat(textarea(html, "nikWarningOverride")).isEqualTo("x".repeat(501));

        html = postForm(path, member(0, "sex", "M", "nik", "1275 0599 9999 0000", "nikWarningOverride", "alasan"));
        assertThat(fieldError(html, "nik")).startsWith("NIK harus 16 angka");
        assertThat(textarea(html, "nikWarningOverride")).isEqualTo("alasan");
    }

    @Test
    void anEditThatMakesTheNikDisagreeComesBackWithTheWarning() throws Exception {
        var child = view.member(made.memberId());
        LocalDate born = LocalDate.of(2015, 3, 1);
        String path = "/households/" + made.id() + "/members/" + made.memberId() + "/edit";
        String html = postForm(path, member(child.personVersion(), "nik", TestClients.nikOf(born, Sex.F),
                "birthDate", born.plusYears(1).toString(), "fullName", "Anak Diubah"));
        assertThat(nikWarning(html)).contains("Menurut NIK, tanggal lahirnya lain")
                .doesNotContain("jenis kelaminnya lain");
        assertThat(value(html, "fullName")).isEqualTo("Anak Diubah");
        assertThat(fixtures.view(worker, made.id()).member(made.memberId()).fullName()).isEqualTo(child.fullName());
    }
}
