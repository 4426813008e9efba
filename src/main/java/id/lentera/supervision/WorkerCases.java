package id.lentera.supervision;

import java.util.List;
import java.util.Map;

import id.lentera.account.AccountChoice;
import id.lentera.account.TeamMember;
import id.lentera.casework.CaseRow;
import org.springframework.data.domain.Page;

/**
 * A worker's open cases as their supervisor reviews them, with whom they may be handed to.
 *
 * @param nextVisits the earliest planned visit per case (overdue ones included), for the cases that have one
 * @param verdicts the PKH verdict code of each client's household, for the clients evaluated
 */
public record WorkerCases(TeamMember worker, long teamId, Page<CaseRow> cases, Map<Long, String> clientNames,
        Map<Long, java.time.LocalDate> nextVisits, Map<Long, String> verdicts, List<AccountChoice> reassignTo,
        String sort, boolean descending, java.time.Instant now, java.time.LocalDate today) {

    public long daysInStage(CaseRow row) {
        return java.time.Duration.between(row.stageSince(), now).toDays();
    }
}
