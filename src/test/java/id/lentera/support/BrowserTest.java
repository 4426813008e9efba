package id.lentera.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the whole application on a random port and the test PostgreSQL,
 * driven by Playwright in Debian's Chromium ({@code /usr/bin/chromium}) when it is installed, else
 * in Playwright's own browser. Each test gets a fresh browser context (no cookies) and a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    /** A phone: what social workers mostly use. */
    protected static final int PHONE_WIDTH = 390;
    protected static final int PHONE_HEIGHT = 844;

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    /** Override for other viewports, geolocation and the like. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setLocale("id-ID");
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the real form. */
    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
    }

    /** Signs out through the menu (on a phone the menu is folded behind its toggle first). */
    protected void signOut() {
        openMenuIfFolded();
        page.locator("[data-test=sign-out]").click();
    }

    protected void openMenuIfFolded() {
        var toggler = page.locator(".navbar-toggler");
        if (toggler.isVisible() && "false".equals(toggler.getAttribute("aria-expanded"))) {
            toggler.click();
            page.locator("#mainNav.show").waitFor();
        }
    }

    /** The form field with exactly this label. */
    protected Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    /** The button of the page's content (not of the menu) with exactly this name. */
    protected Locator button(String text) {
        return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text)
                .setExact(true));
    }

    /** Nothing on the page may make a phone scroll sideways. */
    protected void assertNoHorizontalScroll(String where) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) page.evaluate(
                "() => [document.documentElement.scrollWidth, window.innerWidth]");
        int scrollWidth = widths.get(0).intValue();
        int innerWidth = widths.get(1).intValue();
        Assertions.assertTrue(scrollWidth <= innerWidth,
                where + " scrolls sideways at " + innerWidth + " px: the page is " + scrollWidth + " px wide");
    }

    /** Saves a screenshot under target/screenshots, for a person to look at. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }
}
