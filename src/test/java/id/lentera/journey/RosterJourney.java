package id.lentera.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.lentera.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Steps on the household page that more than one journey takes. */
abstract class RosterJourney extends BrowserTest {

    /** Adds a child without NIK, with an estimated birth year, from the household page. */
    protected void addChild(String name, String sex, String birthYear, String school) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah anggota").setExact(true)).click();
        assertThat(heading("Tambah anggota")).isVisible();
        label("Hubungan dengan kepala keluarga").selectOption(new SelectOption().setLabel("Anak"));
        label("Nama lengkap").fill(name);
        label("Jenis kelamin").selectOption(new SelectOption().setLabel(sex));
        label("Perkiraan tahun lahir").fill(birthYear);
        label("Sekolah").selectOption(new SelectOption().setLabel(school));
        assertNoHorizontalScroll("member form");
        button("Simpan").click();
    }

    protected com.microsoft.playwright.Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
    }
}
