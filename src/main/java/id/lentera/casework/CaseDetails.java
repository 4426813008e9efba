package id.lentera.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.lentera.client.ClientSummary;

/**
 * Everything the case page shows, loaded in the service's transaction (the case with all its
 * records initialised, the client's facts, people's names, the timeline), and what the user may do.
 */
public record CaseDetails(CaseFile file, ClientSummary client, Map<Long, String> names, List<TimelineEntry> timeline,
        boolean mayWork, boolean maySupervise, boolean mayRequestApproval) {

    public String name(Long accountId) {
        return accountId == null ? "" : names.getOrDefault(accountId, "#" + accountId);
    }

    public long daysInStage(Instant now) {
        return Duration.between(file.getStageSince(), now).toDays();
    }
}
