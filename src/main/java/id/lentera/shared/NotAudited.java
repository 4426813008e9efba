package id.lentera.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET route of a personal-data area that writes no view entry of its own, with the reason (an
 * empty form, a fragment of a page that is recorded). The decision is explicit so that a new page
 * cannot skip the audit log by being forgotten; see {@link PersonalData}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAudited {

    /** Why this answer needs no entry of its own. */
    String value();
}
