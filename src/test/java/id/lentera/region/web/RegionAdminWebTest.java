package id.lentera.region.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.region.ImportRuns;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionImportView;
import id.lentera.region.RegionImports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import id.lentera.support.IntegrationTest;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The admin's region pages with the real security configuration. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionAdminWebTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private RegionImports imports;
    @Autowired
    private RegionDirectory directory;

    private final Map<Role, CurrentUser> actors = new EnumMap<>(Role.class);
    private long finishedImport;

    @BeforeAll
    void onePersonPerRoleAndOneImport() {
        TestAccounts accounts = new TestAccounts(context);
        for (Role role : Role.values()) {
            actors.put(role, accounts.account(role));
        }
        finishedImport = ImportRuns.importAndWait(imports, admin(), "web-79.csv",
                "kode,nama\n79,Provinsi Web\n79.01,Kota Web\n".getBytes(StandardCharsets.UTF_8)).id();
    }

    static Stream<Arguments> nonAdminRoles() {
        return Stream.of(Role.SOCIAL_WORKER, Role.SUPERVISOR, Role.HEAD_OF_OFFICE).map(Arguments::of);
    }

    private Stream<AbstractMockHttpServletRequestBuilder<?>> everyRoute() {
        return Stream.of(
                get("/admin/regions"),
                get("/admin/regions/imports/{id}", finishedImport),
                get("/admin/regions/imports/{id}/progress", finishedImport),
                upload("terlarang.csv", "text/csv", "kode,nama\n78,Provinsi Terlarang\n"));
    }

    @ParameterizedTest(name = "as {0}")
    @MethodSource("nonAdminRoles")
    void refusesEveryRoleButAdmin(Role role) throws Exception {
        for (var route : everyRoute().toList()) {
            mvc.perform(route.with(as(actors.get(role)))).andExpect(status().isForbidden());
        }
        assertThat(directory.exists("78")).as("the upload was not imported").isFalse();
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        for (var route : everyRoute().toList()) {
            MvcResult result = mvc.perform(route).andExpect(status().is3xxRedirection()).andReturn();
            assertThat(URI.create(result.getResponse().getRedirectedUrl()).getPath()).isEqualTo("/login");
        }
        assertThat(directory.exists("78")).isFalse();
    }

    @Test
    void showsTheFormAndTheLatestImport() throws Exception {
        mvc.perform(get("/admin/regions").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"region-import-form\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("data-test=\"region-import-status\"")));
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        mvc.perform(multipart("/admin/regions").with(csrf()).with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas CSV yang akan diimpor.")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(upload("kosong.csv", "text/csv", "").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas CSV yang akan diimpor.")));
    }

    @Test
    void refusesAFileThatIsNotACsv() throws Exception {
        mvc.perform(upload("wilayah.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "PK\u0003\u0004").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas ini bukan CSV.")));
    }

    @Test
    void startsTheImportAndShowsItsProgressThenItsSummary() throws Exception {
        MvcResult started = mvc.perform(upload("web-77.csv", "text/csv",
                        "kode,nama\n77,Provinsi Unggah\n77.01,\"Kota Unggah, Baru\"\n").with(as(admin())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/regions/imports/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        RegionImportView run = ImportRuns.awaitFinished(imports, admin(), id);
        assertThat(run.state()).isEqualTo(RegionImportView.State.APPLIED);

        mvc.perform(get(location).with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"region-import-summary\"")))
                .andExpect(content().string(containsString("Impor selesai: 2 baris dibaca.")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get(location + "/progress").with(as(admin())).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"APPLIED\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(directory.find("77.01")).map(r -> r.name()).contains("Kota Unggah, Baru");
    }

    @Test
    void showsTheBadRowsOfARefusedFileByLine() throws Exception {
        MvcResult started = mvc.perform(upload("buruk.csv", "text/csv", "kode,nama\n76,Provinsi Buruk\n76.1,Salah\n")
                        .with(as(admin())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = started.getResponse().getRedirectedUrl();
        ImportRuns.awaitFinished(imports, admin(), Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

        mvc.perform(get(location).with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-line=\"3\" data-reason=\"CODE_FORMAT\"")))
                .andExpect(content().string(containsString("Kode tidak sah: 76.1")));
        assertThat(directory.exists("76")).isFalse();
    }

    @Test
    void speaksEnglishToo() throws Exception {
        mvc.perform(get("/admin/regions/imports/{id}", finishedImport).param("lang", "en").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import finished: 2 rows read.")))
                .andExpect(content().string(containsString("Regency")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/regions").param("lang", "en").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CSV file")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void answers404ForAnUnknownImport() throws Exception {
        mvc.perform(get("/admin/regions/imports/{id}", Long.MAX_VALUE).with(as(admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/regions/imports/{id}/progress", Long.MAX_VALUE).with(as(admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/regions/imports/bukan-angka").with(as(admin())).accept(MediaType.TEXT_HTML))
                .andExpect(status().is4xxClientError());
    }

    private static AbstractMockHttpServletRequestBuilder<?> upload(String name, String type, String content) {
        return multipart("/admin/regions").file(new MockMultipartFile("file", name, type,
                content.getBytes(StandardCharsets.UTF_8))).with(csrf());
    }

    private CurrentUser admin() {
        return actors.get(Role.ADMIN);
    }
}
