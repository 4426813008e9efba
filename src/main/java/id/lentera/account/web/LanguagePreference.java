package id.lentera.account.web;

import id.lentera.account.CurrentUser;
import id.lentera.account.Language;
import id.lentera.account.PasswordChanges;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A signed-in person who switches language keeps it: it is saved on their account for next time. */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer, HandlerInterceptor {

    private final PasswordChanges accounts;

    LanguagePreference(PasswordChanges accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (lang != null && authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            for (Language language : Language.values()) {
                if (language.name().equals(lang)) {
                    accounts.changeLanguage(user, language);
                }
            }
        }
        return true;
    }
}
