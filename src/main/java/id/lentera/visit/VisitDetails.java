package id.lentera.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.lentera.casework.CaseReference;

/**
 * Everything the visit page shows, loaded in the service's transaction.
 *
 * @param mayWork whether the user may record or correct it (the case's worker or supervisor)
 */
public record VisitDetails(HomeVisit visit, CaseReference caseFile, String clientName, Map<Long, String> names,
        List<VisitChange> changes, List<VisitPhotos.Photo> photos, boolean mayWork, LocalDate today) {

    public String name(Long accountId) {
        return accountId == null ? "" : names.getOrDefault(accountId, "#" + accountId);
    }

    public boolean overdue() {
        return visit.overdue(today);
    }
}
