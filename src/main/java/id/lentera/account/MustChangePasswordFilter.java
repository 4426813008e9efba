package id.lentera.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a temporary password goes nowhere but the password page (and sign-out)
 * until they have chosen their own.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private static final Set<String> ALLOWED = Set.of(PASSWORD_PAGE, "/logout", "/error");
    private static final String[] ALLOWED_PREFIXES = {"/webjars/", "/css/", "/js/", "/img/", "/favicon"};

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword() && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALLOWED.contains(path)) {
            return true;
        }
        for (String prefix : ALLOWED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
