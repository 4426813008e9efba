package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules add to a case's timeline (home visits), without casework depending on them:
 * a bean implementing this is asked once per case page, and must answer in one query whatever the
 * number of entries. The case page has already decided the user may see the case.
 */
public interface CaseTimelineSource {

    List<Entry> entriesFor(long caseId);

    /**
     * As {@link TimelineEntry}, with the person as an account id: the case page looks all names up
     * in the one query it runs anyway.
     */
    record Entry(Instant at, LocalDate on, String key, List<String> args, Long who, String text, String href,
            String actionKey, String actionHref) {
    }
}
