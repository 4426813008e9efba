package id.lentera.account;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Form sign-in at /login; everything else needs a signed-in user; /admin/**
 * needs an admin. Services check roles again (method security), and later modules add their own
 * rules in their queries.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers handlers, JdbcClient jdbc,
            Accounts accounts, PlatformTransactionManager transactionManager) throws Exception {
        var readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(handlers)
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(sessionExpiredOrDenied()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterBefore(new SessionRevalidation(jdbc, accounts, readOnly), AuthorizationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A form sent after the session ended (or a sign-in page left open for hours) carries a CSRF
     * token the server no longer knows: that is an expired session, not a forbidden action, so
     * the user is sent to sign in again rather than shown "forbidden". Everything else is a 403.
     */
    static AccessDeniedHandler sessionExpiredOrDenied() {
        AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn = current != null && current.isAuthenticated()
                    && !(current instanceof AnonymousAuthenticationToken);
            if (exception instanceof CsrfException && !signedIn) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                denied.handle(request, response, exception);
            }
        };
    }

    /** Argon2 for new hashes, old bcrypt hashes still checked; see {@link PasswordHashing}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    @Bean
    PasswordPolicy passwordPolicy(PasswordProperties properties) {
        return new PasswordPolicy(properties.minimumEntropy());
    }

    /** Signs in against the account table, with lockout and audit; see {@link SignIns}. */
    @Bean
    AuthenticationProvider accountAuthenticationProvider(SignIns signIns) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String clientIp = authentication.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress() : null;
                CurrentUser user = signIns.signIn(authentication.getName(),
                        String.valueOf(authentication.getCredentials()), clientIp);
                var authenticated = UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
                authenticated.setDetails(authentication.getDetails());
                return authenticated;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }
}
