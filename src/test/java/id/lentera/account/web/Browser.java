package id.lentera.account.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.SmartRequestBuilder;

/**
 * MockMvc with the cookies a browser would keep: the session cookie of Spring Session (which keeps
 * sessions in the database, so a {@code MockHttpSession} would be ignored) and the language cookie.
 * A sign-in, a flash message after a redirect, or a language choice carry over to the next request.
 */
final class Browser {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends the kept cookies along, then keeps the ones the response sets (and drops expired ones). */
    ResultActions perform(RequestBuilder builder) throws Exception {
        RequestBuilder withCookies = servletContext -> {
            MockHttpServletRequest request = builder.buildRequest(servletContext);
            if (builder instanceof SmartRequestBuilder smart) {
                request = smart.postProcessRequest(request);
            }
            if (!cookies.isEmpty()) {
                request.setCookies(cookies.values().toArray(Cookie[]::new));
            }
            return request;
        };
        ResultActions actions = mvc.perform(withCookies);
        keep(actions.andReturn());
        return actions;
    }

    Set<String> cookieNames() {
        return cookies.keySet();
    }

    /** The value of a kept cookie, or null. */
    String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    private void keep(MvcResult result) {
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }
}
