package id.lentera.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the current list, keeping its filters: {@code ${@pageLinks.to(2)}}. */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    /** The current page with another language, for the language switch. */
    public String withLanguage(String lang) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }
}
