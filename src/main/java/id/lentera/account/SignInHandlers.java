package id.lentera.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a sign-in: the interface switches to the person's language, and a temporary password
 * leads straight to the password page. After a failure: back to the form with the name kept and
 * one message for every reason about an account; too many failures from the address (or overall)
 * say how long to wait. At sign-out: recorded.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final SignIns signIns;
    private final LocaleResolver localeResolver;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInHandlers(SignIns signIns, LocaleResolver localeResolver) {
        this.signIns = signIns;
        this.localeResolver = localeResolver;
        this.savedRequest.setRedirectStrategy(SignInHandlers::redirectWithinApp);
    }

    /**
     * The page asked for before signing in, as a path on this site: the saved request's URL is
     * built from the Host header, which a forged request can set to another site, so only its
     * path and query are kept. Anything that is not a plain path leads to the start page.
     */
    static void redirectWithinApp(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        response.sendRedirect(request.getContextPath() + pathWithinApp(url, request.getContextPath()));
    }

    static String pathWithinApp(String url, String contextPath) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            if (!contextPath.isEmpty()) {
                if (!path.startsWith(contextPath + "/")) {
                    return "/";
                }
                path = path.substring(contextPath.length());
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        localeResolver.setLocale(request, response, user.language().locale());
        if (user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + MustChangePasswordFilter.PASSWORD_PAGE);
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 50) {
            request.getSession().setAttribute(SignInPage.LAST_USERNAME, username);
        }
        if (exception instanceof SignInThrottledException throttled) {
            // the wait concerns the address, not an account: it may be told
            request.getSession().setAttribute(SignInPage.WAIT_SECONDS, throttled.waitSeconds());
            response.sendRedirect(request.getContextPath() + "/login?wait");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            signIns.signedOut(user.username(), request.getRemoteAddr());
        }
    }
}
