package id.lentera.supervision;

import java.util.List;
import java.util.Map;

import id.lentera.account.AccountChoice;
import id.lentera.account.TeamMember;
import id.lentera.casework.CaseRow;
import org.springframework.data.domain.Page;

/** A worker's open cases as their supervisor reviews them, with whom they may be handed to. */
public record WorkerCases(TeamMember worker, long teamId, Page<CaseRow> cases, Map<Long, String> clientNames,
        List<AccountChoice> reassignTo, String sort, boolean descending, java.time.Instant now) {

    public long daysInStage(CaseRow row) {
        return java.time.Duration.between(row.stageSince(), now).toDays();
    }
}
