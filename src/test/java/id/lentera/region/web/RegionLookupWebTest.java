package id.lentera.region.web;

import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The picker's endpoints and the lookup page, open to every signed-in user. */
@IntegrationTest
class RegionLookupWebTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApplicationContext context;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everySignedInUserMayUseThePicker(Role role) throws Exception {
        var user = new TestAccounts(context).account(role);
        mvc.perform(get("/regions/search").param("q", "tanah me").param("level", "VILLAGE").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region-choice=\"12.75.05.1001\"")));
        mvc.perform(get("/regions").with(as(user))).andExpect(status().isOk());
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/regions/search").param("q", "tanah")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/regions")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void listsMatchingKelurahanWithWhereTheyLie() throws Exception {
        String html = search("q", "tanah me", "level", "VILLAGE");

        assertThat(html).contains("data-region-label=\"Tanah Merah — Binjai Selatan, Kota Binjai\"")
                .doesNotContain("<html").doesNotContain("data-region-choice=\"12.75.05\"");
    }

    @Test
    void putsTheOfficeCityFirst() throws Exception {
        String html = search("q", "binjai", "level", "ANY");

        // Kota Binjai (12.75) and its kecamatan come before anything elsewhere called Binjai
        assertThat(html.indexOf("data-region-choice=\"12.75")).isPositive();
        assertThat(html).contains("data-region-choice=\"12.75\"");
    }

    @Test
    void browsesDownFromTheOfficeCityWithoutText() throws Exception {
        String city = search("level", "VILLAGE");
        assertThat(city).contains("Binjai Selatan").contains("parent=12.75.05")
                .as("a kecamatan is opened, not chosen, when a kelurahan is wanted")
                .doesNotContain("data-region-choice=\"12.75.05\"");

        String district = search("parent", "12.75.05", "level", "VILLAGE");
        assertThat(district).contains("data-region-choice=\"12.75.05.1001\"").contains("Rambung Timur");

        String provinces = search("parent", "", "level", "VILLAGE");
        assertThat(provinces).contains("Sumatera Utara").contains("parent=12");
    }

    @Test
    void asksForMoreTextAndSaysWhenNothingMatches() throws Exception {
        assertThat(search("q", "t")).contains("Ketik minimal 2 huruf.");
        assertThat(search("q", "zzqx")).contains("Tidak ada wilayah bernama &quot;zzqx&quot;.");
    }

    @Test
    void badParametersGiveAnAnswerNotAnError() throws Exception {
        assertThat(search("q", "tanah", "level", "PLANET")).contains("Tanah Merah");
        assertThat(search("parent", "not-a-code")).contains("Binjai Selatan");
        assertThat(search("q", "100%_\\'\"<script>")).contains("Tidak ada wilayah bernama").doesNotContain("<script>");
        assertThat(search("field", "x\" onmouseover=\"alert(1)", "q", "tanah")).doesNotContain("onmouseover=\"alert");
    }

    @Test
    void lookupPageShowsAChosenRegionAndWhatLiesBelowIt() throws Exception {
        String html = page(get("/regions").param("code", "12.75.05"));
        assertThat(html).contains("data-test=\"region-detail\"").contains("Binjai Selatan — Kota Binjai, Sumatera Utara")
                .contains("Tanah Merah").contains("12.75.05.1001");

        assertThat(page(get("/regions").param("code", "99.99"))).contains("Kode wilayah ini tidak dikenal.");
        assertThat(page(get("/regions").param("q", "tanah merah"))).contains("Tanah Merah — Binjai Selatan, Kota Binjai");
        assertThat(page(get("/regions").param("all", "true"))).contains("Sumatera Utara");
    }

    @Test
    void pickerFragmentWorksWithoutJavaScriptAsACodeInput() throws Exception {
        String html = page(get("/regions").param("code", "12.75.05.1001"));

        assertThat(html).contains("name=\"code\"").contains("value=\"12.75.05.1001\"")
                .contains("Tanah Merah — Binjai Selatan, Kota Binjai")
                .contains("form=\"region-picker-detached\"")
                .contains("/js/region-picker");
    }

    private String search(String... params) throws Exception {
        var request = get("/regions/search");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request.with(as(new TestAccounts(context).account(Role.SOCIAL_WORKER))))
                .andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(new TestAccounts(context).account(Role.SOCIAL_WORKER))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))))
                .andReturn().getResponse().getContentAsString();
    }
}
