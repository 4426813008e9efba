package id.lentera.shared;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code outside a request as a given person, through the same method security as their
 * requests would (demo data is made by the services, with their rules and checks).
 */
public final class RunAs {

    private RunAs() {
    }

    /** @param authority the person's role authority, e.g. {@code ROLE_SOCIAL_WORKER} */
    public static <T> T as(Object principal, String authority, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(authority)));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
