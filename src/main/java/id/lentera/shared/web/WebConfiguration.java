package id.lentera.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: Bahasa Indonesia unless the person chose English ({@code ?lang=en}), kept in a cookie.
 * And the audit of views of personal data and of refused requests ({@link PersonalDataAudit}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebConfiguration(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final Set<String> SUPPORTED = Set.of("id", "en");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleCookieResolver();
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // a cookie nobody can read (hand-made, or from another app on the domain) means "not chosen", not a 500
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    /** The language cookie counts only when it names a language we have; anything else is the default. */
    static class SupportedLocaleCookieResolver extends CookieLocaleResolver {

        SupportedLocaleCookieResolver() {
            super("lentera-lang");
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            try {
                Locale locale = super.parseLocaleValue(value);
                return locale != null && SUPPORTED.contains(locale.getLanguage()) ? locale : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor());
        registry.addInterceptor(new PersonalDataAudit(events, clock));
    }

    /** Ignores languages we do not have, so a hand-typed {@code ?lang=fr} changes nothing. */
    static class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLocaleChangeInterceptor() {
            // the language switch and LanguagePreference use ?lang=; Spring's default is ?locale=
            setParamName("lang");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            String lang = request.getParameter(getParamName());
            if (lang != null && !SUPPORTED.contains(lang)) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }
    }
}
