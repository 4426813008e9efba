package id.lentera.support;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes the controllers declare, as {@code "GET /clients/{id}"}, so that a route-by-role test
 * can check it covers every one of them (a new endpoint without its access cases fails).
 */
public final class DeclaredRoutes {

    private DeclaredRoutes() {
    }

    /** Every method and pattern under {@code prefix}; {@code ANY} for a mapping without a method. */
    public static Set<String> under(ApplicationContext context, String prefix) {
        Set<String> declared = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith(prefix)) {
                        methods.forEach(method -> declared.add(method.name() + " " + pattern));
                        if (methods.isEmpty()) {
                            declared.add("ANY " + pattern);
                        }
                    }
                }
            }
        }
        return declared;
    }
}
