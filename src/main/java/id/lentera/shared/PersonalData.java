package id.lentera.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler whose answer shows personal data: each request that gets it is recorded in the audit
 * log (who, when, which record, the filters of a list; never a name or NIK typed). The web layer
 * writes the entry after the handler has loaded the data and <em>before</em> the page is
 * rendered, so a page whose entry cannot be written is not shown. Every GET route of the
 * personal-data areas carries either this or {@link NotAudited}; a test walks the request mappings
 * and fails on a route that carries neither.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalData {

    /** The entry's action, e.g. {@code HOUSEHOLD_VIEWED}; an {@code activity.action.*} message names it. */
    String value();

    /** What kind of record {@link #id()} names, e.g. {@code household}; the entry's target is "household 12". */
    String record() default "";

    /** The path variable or request parameter holding the record's id; empty for lists and searches. */
    String id() default "";

    /**
     * Request parameters kept as the entry's detail (the filters of a list). Only these: anything
     * else the request carries is not recorded.
     */
    String[] filters() default {};

    /**
     * A request parameter holding typed text (a name, a NIK): never recorded, only whether it was
     * a number or a name.
     */
    String typedText() default "";

    /**
     * The service that loads the data records the view itself, in its own transaction (the client
     * record, the exports): the web layer then writes nothing more, to keep one entry per view.
     */
    boolean recordedByService() default false;
}
