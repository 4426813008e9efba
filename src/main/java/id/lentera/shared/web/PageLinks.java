package id.lentera.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list, keeping its filters: {@code ${@pageLinks.to(2)}}.
 * The links are relative to the site (path and query only): they never repeat the request's Host
 * header, which anyone can forge.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    /** The current page with another language, for the language switch. */
    public String withLanguage(String lang) {
        return current().replaceQueryParam("lang", lang).build().toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
