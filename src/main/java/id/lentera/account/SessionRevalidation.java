package id.lentera.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session follows the account at once, on every instance: each request of a signed-in person
 * compares the versions its principal was made with against the account's (one query by primary
 * key). Equal: nothing to do. A new password (reset by an admin, or changed in another session) or
 * a deactivation: the session ends and the person must sign in again. Another change of rights
 * (role, team, reactivation): the principal is reloaded, so a demoted admin meets a 403 on their
 * very next request to /admin.
 */
class SessionRevalidation extends OncePerRequestFilter {

    private static final String[] STATIC_PREFIXES = {"/webjars/", "/css/", "/js/", "/img/", "/favicon"};

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final TransactionOperations readOnly;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SessionRevalidation(JdbcClient jdbc, Accounts accounts, TransactionOperations readOnly) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.readOnly = readOnly;
    }

    private record Versions(long security, long password, boolean active) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            Optional<Versions> current = jdbc.sql(
                            "select security_version, password_version, active from user_account where id = :id")
                    .param("id", user.id())
                    .query((rs, i) -> new Versions(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                    .optional();
            if (current.isEmpty() || !current.get().active() || current.get().password() != user.passwordVersion()) {
                signOut(request);
            } else if (current.get().security() != user.securityVersion()) {
                refresh(user, authentication, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContext anonymous = contexts.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("signed-out", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        contexts.setContext(anonymous);
    }

    private void refresh(CurrentUser user, Authentication before, HttpServletRequest request,
            HttpServletResponse response) {
        // read again in full: what changed since the query above must not slip through either
        CurrentUser reloaded = readOnly.execute(status -> accounts.findById(user.id())
                .filter(UserAccount::isActive).map(CurrentUser::of).orElse(null));
        if (reloaded == null || reloaded.passwordVersion() != user.passwordVersion()) {
            signOut(request);
            return;
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(reloaded, null, reloaded.authorities());
        token.setDetails(before.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(token);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
    }
}
