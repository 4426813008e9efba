package id.lentera.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the limit ({@code spring.servlet.multipart.max-request-size}) is answered
 * with the "too large" page before anything reads it. Without this, the security filters read the
 * form's parameters first, the servlet container gives up on the body half way, and the person
 * sees "forbidden" (no CSRF token) or a dropped connection. {@code server.tomcat.max-swallow-size=-1}
 * lets the container read the rest of the body so that the answer reaches the browser.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxRequestSize) {
        var registration = new FilterRegistrationBean<>(new UploadLimitFilter(maxRequestSize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class UploadLimitFilter extends OncePerRequestFilter {

        private final long maxBytes;

        UploadLimitFilter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                    && request.getContentLengthLong() > maxBytes) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
