package id.lentera.shared.web;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import id.lentera.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that cannot be reached gives a 503 page in the person's language, nothing else. */
@IntegrationTest
class DatabaseUnavailableTest {

    @Autowired
    MessageSource messages;
    @Autowired
    LocaleResolver locales;

    private MockHttpServletResponse run(MockHttpServletRequest request, RuntimeException thrown) throws Exception {
        var filter = new DatabaseUnavailable.DatabaseUnavailableFilter(messages, locales);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                throw thrown;
            }
        });
        return response;
    }

    @Test
    void aPoolThatCannotConnectAnswers503InIndonesianOrEnglish() throws Exception {
        var down = new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("lentera - Connection is not available, request timed out"));
        var indonesian = run(new MockHttpServletRequest("GET", "/clients"), down);
        assertThat(indonesian.getStatus()).isEqualTo(503);
        assertThat(indonesian.getHeader("Retry-After")).isEqualTo("30");
        assertThat(indonesian.getContentAsString()).contains("Basis data sedang tidak dapat dihubungi")
                .contains("Coba lagi").doesNotContain("Exception");

        var request = new MockHttpServletRequest("POST", "/cases/1/notes/new");
        request.setCookies(new Cookie("lentera-lang", "en"));
        var english = run(request, new CannotGetJdbcConnectionException("no connection"));
        assertThat(english.getStatus()).isEqualTo(503);
        assertThat(english.getContentAsString()).contains(messages.getMessage("error.503.title", null, Locale.ENGLISH));
    }

    @Test
    void anyOtherFailureIsLeftToTheUsualErrorPages() {
        assertThatThrownBy(() -> run(new MockHttpServletRequest("GET", "/clients"), new IllegalStateException("bug")))
                .isInstanceOf(IllegalStateException.class);
    }
}
