package id.lentera.region.web;

import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The picker fragment as other modules include it: picker(field, label) in a posted form. */
@IntegrationTest
class RegionPickerFragmentTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApplicationContext context;

    @Test
    void rendersAnEmptyPickerForAKelurahan() throws Exception {
        String html = render(get("/test/region-picker"));

        assertThat(html).contains("data-region-picker").contains("name=\"kelurahanCode\"")
                .contains("Belum dipilih").contains("Ketik nama kelurahan/desa")
                .contains("/regions/search?level=VILLAGE&amp;field=kelurahanCode&amp;parent=12.75\"")
                .doesNotContain("is-invalid").doesNotContain("??");
    }

    @Test
    void keepsTheInputAndShowsTheErrorNextToThePicker() throws Exception {
        String html = render(post("/test/region-picker").param("kelurahanCode", "12.75.05").with(csrf()));

        assertThat(html).contains("value=\"12.75.05\"").contains("is-invalid")
                .contains("id=\"kelurahanCode-error\" class=\"invalid-feedback d-block\">Kode wilayah tidak dikenal")
                .as("a kecamatan shows its name, though a kelurahan is wanted")
                .contains("Binjai Selatan — Kota Binjai, Sumatera Utara")
                .doesNotContain("data-test=\"saved\"");
        assertThat(render(post("/test/region-picker").param("kelurahanCode", "<b>x").with(csrf())))
                .contains("value=\"&lt;b&gt;x\"").contains("Kode wilayah tidak dikenal").doesNotContain("<b>x");
    }

    @Test
    void showsTheChosenKelurahanByName() throws Exception {
        String html = render(post("/test/region-picker").param("kelurahanCode", "12.75.05.1001").with(csrf()));

        assertThat(html).contains("data-test=\"saved\"").contains("Tanah Merah — Binjai Selatan, Kota Binjai")
                .as("with nothing typed, the list opens beside the current value")
                .contains("&amp;parent=12.75.05\"")
                .doesNotContain("is-invalid");
    }

    private String render(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as(new TestAccounts(context).account(Role.SOCIAL_WORKER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
