package id.lentera.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.lentera.shared.NotFoundException;
import id.lentera.shared.ObjectRequestRefused;
import id.lentera.shared.PersonalData;
import id.lentera.shared.PersonalDataViewed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The interceptor alone: what an entry holds, what it never holds, and that a failed write stops the page. */
class PersonalDataInterceptorTest {

    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    final List<Object> published = new ArrayList<>();
    PersonalDataAudit audit;

    /** Handlers as a controller would declare them. */
    static class Handlers {
        @PersonalData(value = "CLIENT_SEARCHED", filters = {"kelurahan", "ppks"}, typedText = "q")
        String search() {
            return "clients/list";
        }

        @PersonalData(value = "MEMBER_FORM_OPENED", record = "household", id = "id")
        String memberForm() {
            return "households/member";
        }

        String plain() {
            return "x";
        }
    }

    @BeforeEach
    void signedIn() {
        audit = new PersonalDataAudit(published::add, Clock.fixed(NOW, ZoneOffset.UTC));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("peksos1",
                null, AuthorityUtils.createAuthorityList("ROLE_SOCIAL_WORKER")));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
    }

    @Test
    void aSearchKeepsItsFiltersAndOnlyWhetherANameOrANumberWasTyped() throws Exception {
        var request = new MockHttpServletRequest("GET", "/clients");
        request.setParameter("q", "Siti Aisyah");
        request.setParameter("kelurahan", "12.75.05.1001");
        request.setParameter("openCase", "true");
        audit.postHandle(request, new MockHttpServletResponse(), handler("search"), new ModelAndView("clients/list"));

        var number = new MockHttpServletRequest("POST", "/clients");
        number.setParameter("q", "1275 0512 0980 0003");
        audit.postHandle(number, new MockHttpServletResponse(), handler("search"), new ModelAndView("clients/list"));

        assertThat(published).containsExactly(
                new PersonalDataViewed(NOW, "peksos1", "CLIENT_SEARCHED", null, "kelurahan=12.75.05.1001 text=name"),
                new PersonalDataViewed(NOW, "peksos1", "CLIENT_SEARCHED", null, "text=number"));
    }

    @Test
    void aRecordIsNamedByItsIdAndTheOtherIdsOfTheRoute() throws Exception {
        var request = new MockHttpServletRequest("GET", "/households/12/members/7/edit");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "12", "memberId", "7"));
        audit.postHandle(request, new MockHttpServletResponse(), handler("memberForm"), new ModelAndView("x"));
        assertThat(published).containsExactly(
                new PersonalDataViewed(NOW, "peksos1", "MEMBER_FORM_OPENED", "household 12", "memberId=7"));
    }

    @Test
    void aRedirectShowsNothingAndIsNotAView() throws Exception {
        audit.postHandle(new MockHttpServletRequest("POST", "/clients"), new MockHttpServletResponse(), handler("search"),
                new ModelAndView("redirect:/clients?q=x"));
        assertThat(published).isEmpty();
    }

    @Test
    void anEntryThatCannotBeWrittenStopsThePageBeforeItIsRendered() throws Exception {
        ApplicationEventPublisher failing = event -> {
            throw new IllegalStateException("database gone");
        };
        var strict = new PersonalDataAudit(failing, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> strict.postHandle(new MockHttpServletRequest("GET", "/clients"),
                new MockHttpServletResponse(), handler("search"), new ModelAndView("clients/list")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusalsOfRecordsAreKeptWithThePathButNotTheQuery() throws Exception {
        var request = new MockHttpServletRequest("GET", "/clients/5");
        request.setQueryString("q=Siti");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/clients/{id}");
        audit.afterCompletion(request, new MockHttpServletResponse(), handler("plain"), new AccessDeniedException("no"));
        var missing = new MockHttpServletResponse();
        missing.setStatus(404);
        audit.afterCompletion(request, missing, handler("plain"), null);
        audit.afterCompletion(request, new MockHttpServletResponse(), handler("plain"), new NotFoundException("client"));

        var list = new MockHttpServletRequest("GET", "/dashboard");
        list.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/dashboard");
        audit.afterCompletion(list, missing, handler("plain"), null);

        assertThat(published).containsExactly(
                new ObjectRequestRefused(NOW, "peksos1", 403, "/clients/5", "GET /clients/{id}", "127.0.0.1"),
                new ObjectRequestRefused(NOW, "peksos1", 404, "/clients/5", "GET /clients/{id}", "127.0.0.1"),
                new ObjectRequestRefused(NOW, "peksos1", 404, "/clients/5", "GET /clients/{id}", "127.0.0.1"));
    }
}
