package id.lentera.audit;

import java.util.List;

import id.lentera.client.ClientAccessLog;
import id.lentera.client.ClientActivity;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The access log of one client's record, read from the openings the audit log keeps. */
@Component
@RequiredArgsConstructor
class ClientOpenings implements ClientAccessLog {

    private static final List<String> OPENINGS = List.of(ClientActivity.Kind.CLIENT_VIEWED.name(),
            ClientActivity.Kind.NIK_REVEALED.name());

    private final AuditEntries entries;

    @Override
    @Transactional(readOnly = true)
    public List<Opening> latestOpenings(long clientId, int limit) {
        return entries.openings(AuditLog.CLIENT, "#" + clientId, OPENINGS, PageRequest.of(0, Math.max(limit, 1)))
                .stream().map(e -> new Opening(e.getActor(), e.getOccurredAt(), e.getAction())).toList();
    }
}
