package id.lentera.account.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.support.UsesTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as a browser gets it from the real server (MockMvc has no servlet container
 * and would not show the cookie's attributes): HttpOnly, SameSite=Lax, a new id at sign-in, and
 * 30 minutes of idleness before the session ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class SessionCookieTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("LENTERA_SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("LENTERA_SESSION=")).findFirst().orElse(null);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = sessionCookie(get("/login"));
        assertThat(cookie).isNotNull().contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void signingInGivesANewSessionIdAndIdleSessionsLastThirtyMinutes() throws Exception {
        CurrentUser user = new TestAccounts(context).account(Role.SOCIAL_WORKER);
        HttpResponse<String> loginPage = get("/login");
        Matcher before = SESSION_COOKIE.matcher(sessionCookie(loginPage));
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(before.find()).isTrue();
        assertThat(csrf.find()).isTrue();

        String form = "username=" + user.username() + "&password=" + TestAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        Matcher after = SESSION_COOKIE.matcher(sessionCookie(signedIn));
        assertThat(after.find()).isTrue();
        assertThat(after.group(1)).isNotEqualTo(before.group(1));

        var userSessions = sessions.findByPrincipalName(user.username());
        assertThat(userSessions).hasSize(1);
        assertThat(userSessions.values().iterator().next().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }
}
