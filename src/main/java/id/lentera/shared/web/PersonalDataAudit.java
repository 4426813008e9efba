package id.lentera.shared.web;

import java.time.Clock;
import java.util.Map;
import java.util.StringJoiner;

import id.lentera.shared.NotFoundException;
import id.lentera.shared.ObjectRequestRefused;
import id.lentera.shared.PersonalData;
import id.lentera.shared.PersonalDataViewed;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one place where views of personal data and refused requests for records reach the audit
 * log. A {@link PersonalData} handler that answered is recorded after it has loaded the data and
 * before its page is rendered: the entry is written in the same request, so if it cannot be
 * written the exception stops the page and nothing personal is sent. (A file that its handler
 * streams itself is sent before this runs, and its entry follows in the same request; the case
 * printouts and exports record themselves in the transaction that reads them,
 * {@link PersonalData#recordedByService()}.) A request for a record that
 * is answered 403 or 404 is recorded whatever the handler, so that probing ids leaves a trace.
 */
class PersonalDataAudit implements HandlerInterceptor {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return;
        }
        PersonalData annotation = method.getMethodAnnotation(PersonalData.class);
        if (annotation == null || annotation.recordedByService() || response.getStatus() >= 400
                || redirects(modelAndView)) {
            return;
        }
        String actor = actor();
        if (actor == null) {
            return;
        }
        Map<String, String> variables = pathVariables(request);
        events.publishEvent(new PersonalDataViewed(clock.instant(), actor, annotation.value(),
                target(annotation, variables, request), detail(annotation, variables, request)));
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return;
        }
        int status = ex instanceof AccessDeniedException ? 403
                : ex instanceof NotFoundException ? 404
                : ex == null ? response.getStatus() : 0;
        if (status != 403 && status != 404) {
            return;
        }
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean forARecord = (route != null && route.contains("{"))
                || method.hasMethodAnnotation(PersonalData.class);
        String actor = actor();
        if (!forARecord || actor == null) {
            return;
        }
        events.publishEvent(new ObjectRequestRefused(clock.instant(), actor, status,
                clip(request.getRequestURI(), 200), clip(request.getMethod() + " " + route, 1000),
                request.getRemoteAddr()));
    }

    private static boolean redirects(ModelAndView modelAndView) {
        return modelAndView != null && (modelAndView.getView() instanceof RedirectView
                || (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:")));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static String target(PersonalData annotation, Map<String, String> variables, HttpServletRequest request) {
        if (annotation.id().isEmpty()) {
            return null;
        }
        String id = variables.containsKey(annotation.id()) ? variables.get(annotation.id())
                : request.getParameter(annotation.id());
        // the handler bound it as a number or UUID; anything else is not written
        if (id == null || !id.matches("[0-9A-Fa-f-]{1,40}")) {
            return null;
        }
        return annotation.record().isEmpty() ? id : annotation.record() + " " + id;
    }

    private static String detail(PersonalData annotation, Map<String, String> variables, HttpServletRequest request) {
        StringJoiner detail = new StringJoiner(" ");
        variables.forEach((name, value) -> {
            if (!name.equals(annotation.id())) {
                detail.add(name + "=" + clip(value, 40));
            }
        });
        for (String name : annotation.filters()) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        detail.add(name + "=" + clip(printable(value.strip()), 40));
                    }
                }
            }
        }
        if (!annotation.typedText().isEmpty()) {
            String typed = request.getParameter(annotation.typedText());
            if (typed != null && !typed.isBlank()) {
                // the kind of search only: what was typed may be a NIK or a name
                detail.add("text=" + (typed.replaceAll("[\\s.\\-]", "").matches("\\d+") ? "number" : "name"));
            }
        }
        String text = detail.toString();
        return text.isEmpty() ? null : clip(text, 1000);
    }

    private static String printable(String value) {
        return value.replaceAll("\\p{Cntrl}", "?");
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
