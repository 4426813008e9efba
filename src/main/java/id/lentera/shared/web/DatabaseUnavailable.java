package id.lentera.shared.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, a request gets, within the pool's few seconds of trying, a
 * plain 503 page in the person's language that says to try again, instead of a long wait and an
 * error. It is the outermost filter, because the sessions live in the database too: even loading
 * the session fails then, before any controller is reached.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(MessageSource messages,
            LocaleResolver locales) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(messages, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class DatabaseUnavailableFilter extends OncePerRequestFilter {

        private final MessageSource messages;
        private final LocaleResolver locales;

        DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales) {
            this.messages = messages;
            this.locales = locales;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (RuntimeException | ServletException | IOException e) {
                if (!databaseUnreachable(e) || response.isCommitted()) {
                    throw e;
                }
                logger.warn("The database cannot be reached: answered 503 to " + request.getMethod() + " "
                        + request.getRequestURI());
                answer(request, response);
            }
        }

        static boolean databaseUnreachable(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                        || t instanceof SQLTransientConnectionException) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return false;
        }

        private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = locales.resolveLocale(request);
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
            String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="%s"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
                    <body style="font-family: sans-serif; margin: 1.5rem; max-width: 40rem">
                    <h1 style="font-size: 1.4rem">%s</h1><p>%s</p>
                    <p><a href="" style="display: inline-block; padding: .75rem 1.25rem">%s</a></p>
                    </body></html>
                    """.formatted(locale.getLanguage(), title, title, text,
                    HtmlUtils.htmlEscape(messages.getMessage("error.503.again", null, locale))));
        }
    }
}
