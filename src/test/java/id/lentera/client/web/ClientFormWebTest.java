package id.lentera.client.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.client.Sex;
import id.lentera.client.TestClients;
import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static id.lentera.client.web.ClientRoutesAccessTest.randomName;
import static id.lentera.client.web.ClientWebForms.registration;
import static id.lentera.client.web.ClientWebForms.with;
import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The client forms through MockMvc: bad input of every kind comes back with the message next to
 * its field and what was typed still in place, never a 500; the duplicate step; a stale edit.
 */
@IntegrationTest
class ClientFormWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    CurrentUser worker;
    TestClients clients;

    @BeforeEach
    void setUp() {
        worker = new TestAccounts(context).account(Role.SOCIAL_WORKER);
        clients = new TestClients(context);
    }

    /** field with bad input, what was typed, the (Indonesian) message expected next to the field */
    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("fullName", "", "Wajib diisi."),
                Arguments.of("fullName", "x".repeat(121), "Panjang maksimal 120 karakter."),
                Arguments.of("nik", "1275053203810003", "Angka 7-12 NIK bukan tanggal lahir"),
                Arguments.of("nik", "12345", "NIK harus 16 angka."),
                Arguments.of("nik", "9975051203810003", "Empat angka pertama NIK"),
                Arguments.of("nik", "abc", "NIK harus 16 angka."),
                Arguments.of("birthDate", TestClock.today().plusDays(2).toString(), "tidak boleh di masa depan"),
                Arguments.of("birthDate", "1900-01-01", "lebih dari 120 tahun"),
                Arguments.of("birthDate", "31-02-1990", "Isian tidak sah."),
                Arguments.of("birthYear", "2999", "tidak boleh di masa depan"),
                Arguments.of("birthYear", "sekitar 45", "Isian tidak sah."),
                Arguments.of("phone", "12345", "Nomor telepon Indonesia tidak sah"),
                Arguments.of("incomePerMonth", "-5", "tidak boleh kurang dari 0"),
                Arguments.of("incomePerMonth", "satu juta", "Tulis jumlah rupiah dengan angka"),
                Arguments.of("currentKelurahanCode", "12.75.05.9999", "Bukan kode kelurahan/desa yang dikenal"),
                Arguments.of("currentKelurahanCode", "Tanah Merah", "Bukan kode kelurahan/desa yang dikenal"),
                Arguments.of("originRegionCode", "99.99", "Bukan kode wilayah yang dikenal"),
                Arguments.of("sex", "X", "Isian tidak sah."),
                Arguments.of("situation", "", "Wajib dipilih."),
                Arguments.of("consentOn", "kemarin", "Isian tidak sah."),
                Arguments.of("alias", "a".repeat(200), "Panjang maksimal 120 karakter."));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("badInput")
    void badInputIsShownNextToTheFieldAndKept(String field, String value, String message) throws Exception {
        String name = randomName("Parjo");
        MultiValueMap<String, String> form = with(registration(name), Map.of(field, value));
        if (!field.equals("fullName")) {
            form.set("fullName", name);
        }
        String html = postForm("/clients/new", form);

        boolean select = field.equals("sex") || field.equals("situation");
        assertThat(select ? selectError(html, field) : fieldError(html, field)).as("error next to %s", field)
                .contains(message);
        if (!field.equals("fullName") && !select) {
            assertThat(inputValue(html, field)).as("%s keeps what was typed", field).isEqualTo(value);
        }
        assertThat(inputValue(html, "occupation")).isEqualTo("buruh harian");
        assertThat(jdbc.queryForObject("select count(*) from person where full_name = ?", Long.class, name)).isZero();
    }

    static Stream<Arguments> badHouseholdInput() {
        return Stream.of(
                Arguments.of(Map.of("householdChoice", "NEW", "householdKelurahanCode", "", "kkNumber", "12"),
                        "kkNumber", "Nomor KK harus 16 angka"),
                Arguments.of(Map.of("householdChoice", "NEW", "householdKelurahanCode", ""),
                        "householdKelurahanCode", "Pilih kelurahan/desa keluarga."),
                Arguments.of(Map.of("householdChoice", "NEW", "householdKelurahanCode", "12.75.05.1001", "rt", "12a"),
                        "rt", "Isi 1 sampai 3 angka."),
                Arguments.of(Map.of("householdChoice", "JOIN", "joinKkNumber", "1275059999999999",
                        "relationship", "CHILD"), "joinKkNumber", "Belum ada keluarga dengan nomor KK ini."),
                Arguments.of(Map.of("householdChoice", "JOIN", "joinKkNumber", "1275059999999999"),
                        "relationship", "Pilih hubungan dengan kepala keluarga."),
                Arguments.of(Map.of("householdChoice", "JOIN", "joinKkNumber", "1275059999999999",
                        "relationship", "HEAD"), "relationship", "sudah punya kepala keluarga"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHouseholdInput")
    void badHouseholdInputIsShownNextToTheField(Map<String, String> changes, String field, String message)
            throws Exception {
        String html = postForm("/clients/new", with(registration(randomName("Parjo")), changes));
        assertThat(field.equals("relationship") ? selectError(html, field) : fieldError(html, field)).contains(message);
        assertThat(inputValue(html, "joinKkNumber")).isEqualTo(changes.getOrDefault("joinKkNumber", ""));
    }

    @Test
    void noNikNeedsAReason() throws Exception {
        String html = postForm("/clients/new", with(registration(randomName("Parjo")),
                Map.of("nikMissingReason", "")));
        assertThat(selectError(html, "nikMissingReason")).contains("pilih mengapa tidak ada NIK");
    }

    @Test
    void aLikelyDuplicateComesBackWithTheCandidateAndAReasonField() throws Exception {
        String name = randomName("Parjo");
        MultiValueMap<String, String> form = registration(name);
        MvcResult first = mvc.perform(post("/clients/new").params(form).with(csrf()).with(as(worker))).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/clients/");

        String html = postForm("/clients/new", form);
        assertThat(html).contains("data-test=\"warnings\"").contains("Mungkin orang ini sudah terdaftar");
        assertThat(html).contains("href=\"" + first.getResponse().getRedirectedUrl() + "\"");
        assertThat(html).contains("name=\"duplicateOverrideReason\"");
        assertThat(inputValue(html, "fullName")).isEqualTo(name);
        assertThat(jdbc.queryForObject("select count(*) from person where full_name = ?", Long.class, name)).isOne();

        MvcResult saved = mvc.perform(post("/clients/new")
                .params(with(form, Map.of("duplicateOverrideReason", "Orang berbeda, sudah dicek")))
                .with(csrf()).with(as(worker))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/clients/")
                .isNotEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(jdbc.queryForObject("select count(*) from person where full_name = ?", Long.class, name))
                .isEqualTo(2);
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheInput() throws Exception {
        long id = clients.streetClient(worker, randomName("Marzuki"), null, Sex.M, 1971);
        String editForm = html(mvc.perform(get("/clients/{id}/edit", id).with(as(worker))).andReturn());
        String version = inputValue(editForm, "version");

        MultiValueMap<String, String> mine = with(registration(randomName("Marzuki")),
                Map.of("version", version, "occupation", "pemulung"));
        MvcResult colleague = mvc.perform(post("/clients/{id}/edit", id).params(with(mine,
                Map.of("occupation", "juru parkir"))).with(csrf()).with(as(worker))).andReturn();
        assertThat(colleague.getResponse().getRedirectedUrl()).isEqualTo("/clients/" + id);

        String conflict = postForm("/clients/" + id + "/edit", mine);
        assertThat(conflict).contains("Data ini baru saja diubah orang lain");
        assertThat(inputValue(conflict, "occupation")).isEqualTo("pemulung");
        assertThat(inputValue(conflict, "version")).isNotEqualTo(version);
        assertThat(jdbc.queryForObject("select occupation from client where id = ?", String.class, id))
                .isEqualTo("juru parkir");
    }

    @Test
    void incomeAndPhoneMayBeWrittenTheWayPeopleWriteThem() throws Exception {
        String name = randomName("Parjo");
        MvcResult result = mvc.perform(post("/clients/new").params(with(registration(name),
                Map.of("incomePerMonth", "Rp 1.500.000", "phone", "0812-3456-7890"))).with(csrf()).with(as(worker)))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/clients/".length()));
        var row = jdbc.queryForMap("select income_per_month, phone from client where id = ?", id);
        assertThat(row.get("income_per_month")).isEqualTo(1_500_000L);
        assertThat(row.get("phone")).isEqualTo("+6281234567890");
    }

    @Test
    void anUnknownClientAnswers404NotAnError() throws Exception {
        assertThat(mvc.perform(get("/clients/{id}", Long.MAX_VALUE).with(as(worker))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/clients/abc").with(as(worker))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    private String postForm(String path, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post(path).params(form).with(csrf()).with(as(worker))
                .accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(result.getResponse().getStatus()).as("the form comes back, no error page").isEqualTo(200);
        return html(result);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    /** The text of the {@code <div id="field-error">} the forms fragment puts under a field. */
    static String fieldError(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("%s shows an error", field).isTrue();
        assertThat(html).containsPattern("id=\"" + Pattern.quote(field) + "\"[^>]*is-invalid|class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\""
                + Pattern.quote(field) + "\"");
        return HtmlUtils.htmlUnescape(m.group(1)).strip();
    }

    /** For selects, whose error sits in the next {@code invalid-feedback}. */
    static String selectError(String html, String field) {
        int at = html.indexOf("id=\"" + field + "\"");
        assertThat(at).as("%s on the page", field).isPositive();
        Matcher m = Pattern.compile("class=\"invalid-feedback\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find(at)).as("%s shows an error", field).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1)).strip();
    }

    /** The value an input with this id shows, or a textarea's content. */
    static String inputValue(String html, String id) {
        Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            Matcher area = Pattern.compile("<textarea[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)</textarea>")
                    .matcher(html);
            assertThat(area.find()).as("input %s on the page", id).isTrue();
            return HtmlUtils.htmlUnescape(area.group(1));
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
    }
}
