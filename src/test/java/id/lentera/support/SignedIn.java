package id.lentera.support;

import id.lentera.account.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Acting as a given person, in MockMvc requests or in direct service calls. */
public final class SignedIn {

    private SignedIn() {
    }

    public static UsernamePasswordAuthenticationToken token(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(user.role().authority()));
    }

    /** For MockMvc: {@code mvc.perform(get("/x").with(as(user)))}. */
    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(token(user));
    }

    /** Runs service code with {@code user} signed in. */
    public static <T> T run(CurrentUser user, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token(user));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(CurrentUser user, Runnable action) {
        run(user, () -> {
            action.run();
            return null;
        });
    }
}
