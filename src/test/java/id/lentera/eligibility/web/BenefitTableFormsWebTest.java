package id.lentera.eligibility.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import id.lentera.eligibility.BenefitTables;
import id.lentera.eligibility.EligibilityFixtures;
import id.lentera.eligibility.PkhComponent;
import id.lentera.support.IntegrationTest;
import id.lentera.support.TestClock;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The eligibility forms with bad input (errors next to the fields, input kept, never a 500), a
 * stale save of the benefit table, and the XLSX export of the map.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenefitTableFormsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    BenefitTables tables;
    @Autowired
    JdbcTemplate jdbc;

    EligibilityFixtures fixtures;
    long household;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
        household = fixtures.onceRegistered(true);
    }

    /**
     * Every field of the table form, valid, from {@code effectiveFrom}, with {@code overrides} (name,
     * value, ...) replacing defaults; tests use later years so that today's table stays.
     */
    static MockHttpServletRequestBuilder tableForm(MockHttpServletRequestBuilder request, long basedOn,
            String effectiveFrom, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("basedOn", String.valueOf(basedOn));
        fields.put("effectiveFrom", effectiveFrom);
        fields.put("amountPregnant", "3000000");
        fields.put("amountEarlyChild", "3000000");
        fields.put("amountSd", "950000");
        fields.put("amountSmp", "1500000");
        fields.put("amountSma", "2000000");
        fields.put("amountDisability", "2400000");
        fields.put("amountElderly", "2400000");
        fields.put("elderlyAge", "70");
        fields.put("childAgeLimit", "6");
        fields.put("maxEducationAge", "21");
        fields.put("maxComponents", "4");
        fields.put("decileFrom", "1");
        fields.put("decileTo", "4");
        fields.put("stagesPerYear", "4");
        fields.put("note", "Uji");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    /**
     * The first of January a few years ahead: a table that is not today's, so that today's stays,
     * within the five years ahead that every date field of the application accepts.
     */
    static String inYears(int years) {
        return id.lentera.support.TestClock.today().plusYears(years).withDayOfYear(1).toString();
    }

    long newest() {
        return tables.versions().stream().mapToLong(BenefitTables.Version::id).max().orElseThrow();
    }

    static Stream<Arguments> badTables() {
        return Stream.of(
                Arguments.of("amountSd", "-1", "Paling kecil 0."),
                Arguments.of("amountSd", "banyak", "Isian tidak sah."),
                Arguments.of("amountSma", "", "Wajib dipilih."),
                Arguments.of("elderlyAge", "200", "Paling besar 100."),
                Arguments.of("decileTo", "0", "Paling kecil 1."),
                Arguments.of("stagesPerYear", "99999999999999999999", "Isian tidak sah."),
                Arguments.of("effectiveFrom", "kemarin", "Isian tidak sah."),
                Arguments.of("effectiveFrom", "1999-01-01", "Tanggal harus antara tahun 2000 dan 2100."),
                Arguments.of("note", "x".repeat(301), "Panjang maksimal 300 karakter."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badTables")
    void refusesBadFiguresNextToTheFieldKeepingTheInput(String field, String value, String message) throws Exception {
        long versions = tables.versions().size();
        var request = tableForm(post("/admin/pkh/edit").with(csrf()).with(as(fixtures.office.admin)), newest(),
                inYears(2), field, value, "amountElderly", "2450000");

        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("is-invalid").contains(message).contains("value=\"2450000\"");
        assertThat(tables.versions()).hasSize((int) versions);
    }

    @Test
    void refusesDecilesInTheWrongOrder() throws Exception {
        var response = mvc.perform(tableForm(post("/admin/pkh/edit").with(csrf()).with(as(fixtures.office.admin)),
                newest(), inYears(3), "decileFrom", "5", "decileTo", "2")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Desil &quot;sampai&quot; tidak boleh lebih kecil");
    }

    @Test
    void aStaleSaveKeepsTheInputAndSaysSomeoneElseSaved() throws Exception {
        long opened = newest();
        var admin = fixtures.office.admin;
        assertThat(mvc.perform(tableForm(post("/admin/pkh/edit").with(csrf()).with(as(admin)), opened, inYears(4)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        long versions = tables.versions().size();

        var response = mvc.perform(tableForm(post("/admin/pkh/edit").with(csrf()).with(as(admin)), opened, inYears(5),
                "amountSd", "987654")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("baru saja diubah orang lain").contains("value=\"987654\"")
                .contains("value=\"" + newest() + "\"");
        assertThat(tables.versions()).hasSize((int) versions);
        // saving again builds on the stored version, knowingly
        assertThat(mvc.perform(tableForm(post("/admin/pkh/edit").with(csrf()).with(as(admin)), newest(), inYears(5),
                "amountSd", "987654")).andReturn().getResponse().getStatus()).isEqualTo(302);
        var saved = tables.versions().stream().filter(v -> v.id() == newest()).findFirst().orElseThrow();
        assertThat(saved.rules().amount(PkhComponent.SD)).isEqualTo(987_654);
        assertThat(saved.rules().effectiveFrom()).isEqualTo(LocalDate.parse(inYears(5)));
        // the earlier versions are kept
        assertThat(tables.versions()).hasSize((int) versions + 1);
    }

    static Stream<Arguments> badParticipations() {
        return Stream.of(
                Arguments.of(List.of("since", TestClock.today().toString()), "Wajib dipilih."),
                Arguments.of(List.of("status", "PARTICIPANT"), "Wajib dipilih."),
                Arguments.of(List.of("status", "PARTICIPANT", "since", TestClock.today().plusDays(1).toString()),
                        "Tanggal tidak boleh di masa depan."),
                Arguments.of(List.of("status", "PARTICIPANT", "since", "besok"), "Isian tidak sah."),
                Arguments.of(List.of("status", "MILLIONAIRE", "since", TestClock.today().toString()), "Isian tidak sah."),
                Arguments.of(List.of("status", "PARTICIPANT", "since", TestClock.today().toString(), "firstStage", "13"),
                        "Paling besar 12."),
                Arguments.of(List.of("status", "PARTICIPANT", "since", TestClock.today().toString(), "firstStage", "dua"),
                        "Isian tidak sah."),
                Arguments.of(List.of("status", "SUSPENDED", "since", TestClock.today().toString(), "firstStage", "2"),
                        "Tahap hanya diisi untuk peserta."),
                Arguments.of(List.of("status", "ENDED", "since", TestClock.today().toString(), "note", "y".repeat(301)),
                        "Panjang maksimal 300 karakter."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParticipations")
    void refusesABadParticipationEntryNextToTheField(List<String> fields, String message) throws Exception {
        long before = jdbc.queryForObject("select count(*) from pkh_participation where household_id = ?", Long.class,
                household);
        var request = post("/eligibility/households/{id}/participation", household).with(csrf())
                .with(as(fixtures.office.worker)).param("note", "catatan lama");
        for (int i = 0; i < fields.size(); i += 2) {
            request.param(fields.get(i), fields.get(i + 1));
        }
        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("is-invalid").contains(message);
        assertThat(jdbc.queryForObject("select count(*) from pkh_participation where household_id = ?", Long.class,
                household)).isEqualTo(before);
    }

    @Test
    void aParticipationEntryIsShownInThePanel() throws Exception {
        var response = mvc.perform(post("/eligibility/households/{id}/participation", household).with(csrf())
                .with(as(fixtures.office.worker)).param("status", "GRADUATED_ALAMIAH")
                .param("since", TestClock.today().toString())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        String html = mvc.perform(get("/eligibility/households/{id}", household).with(as(fixtures.office.supervisor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Graduasi alamiah sejak");
    }

    @Test
    void exportsTheMapAsXlsx() throws Exception {
        var response = mvc.perform(get(URI.create("/eligibility/unregistered/export?kelurahan=12.75.05.1001&missing=KK&page=x"))
                .with(as(fixtures.office.supervisor))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Kepala keluarga");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(1) + " " + r.getCellText(3) + " " + r.getCellText(7)))
                    .isNotEmpty().allMatch(line -> line.startsWith("12.75.05.1001"))
                    .anyMatch(line -> line.contains("Anak SD/sederajat") && line.contains("Administrasi"));
        }
    }

    @Test
    void anUnknownOrMalformedHouseholdIsNotFoundRatherThanAnError() throws Exception {
        var worker = fixtures.office.worker;
        assertThat(mvc.perform(get("/eligibility/households/999999999/panel").with(as(worker))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/eligibility/households/abc").with(as(worker))).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/eligibility/households/999999999/participation").with(csrf()).with(as(worker))
                .param("status", "PARTICIPANT").param("since", TestClock.today().toString())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void badFiltersOfTheMapAreIgnored() throws Exception {
        var response = mvc.perform(get(URI.create("/eligibility/unregistered?kelurahan=%27%3B--&missing=NOPE&page=-4"))
                .with(as(fixtures.office.head))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
