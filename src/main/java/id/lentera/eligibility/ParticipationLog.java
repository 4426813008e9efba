package id.lentera.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.client.HouseholdFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's PKH participation as a dated history: recorded by the workers who keep the
 * household, read by whoever sees it. A graduated or ended household is still evaluated.
 */
@Service
public class ParticipationLog {

    static final int NOTE_MAX = 300;

    private final Participations entries;
    private final HouseholdFacts households;
    private final TeamDirectory teams;
    private final Clock clock;

    ParticipationLog(Participations entries, HouseholdFacts households, TeamDirectory teams, Clock clock) {
        this.entries = entries;
        this.households = households;
        this.teams = teams;
        this.clock = clock;
    }

    public record Entry(long id, ParticipationStatus status, LocalDate since, Integer firstStage, String note,
            Instant recordedAt, String recordedBy) {
    }

    /** Newest first; no access check: for callers that checked the household already. */
    @Transactional(readOnly = true)
    List<Entry> history(long householdId) {
        List<Participation> list = entries.findByHouseholdIdOrderBySinceDescRecordedAtDescIdDesc(householdId);
        Map<Long, String> names = teams.fullNames(list.stream().map(Participation::getRecordedBy).distinct().toList());
        return list.stream().map(p -> new Entry(p.getId(), p.getStatus(), p.getSince(), p.getFirstStage(), p.getNote(),
                p.getRecordedAt(), names.get(p.getRecordedBy()))).toList();
    }

    /** 404 unless the user sees the household, 403 unless they may change it. */
    public void requireEditable(long householdId, CurrentUser user) {
        households.requireEditable(householdId, user);
    }

    /** @throws InputRefusedException with the problems by field */
    @Transactional
    public long record(long householdId, ParticipationStatus status, LocalDate since, Integer firstStage,
            String note, CurrentUser user) {
        households.requireEditable(householdId, user);
        List<String[]> problems = new ArrayList<>();
        if (status == null) {
            problems.add(new String[] {"status", "NotNull"});
        }
        if (since == null) {
            problems.add(new String[] {"since", "NotNull"});
        } else if (since.isAfter(LocalDate.now(clock))) {
            problems.add(new String[] {"since", "pkh.participation.future"});
        }
        if (firstStage != null && (firstStage < 1 || firstStage > 12)) {
            problems.add(new String[] {"firstStage", "pkh.participation.stageRange"});
        }
        if (firstStage != null && status != ParticipationStatus.PARTICIPANT) {
            problems.add(new String[] {"firstStage", "pkh.participation.stageOnlyParticipant"});
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            problems.add(new String[] {"note", "pkh.participation.noteLength"});
        }
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        return entries.save(new Participation(householdId, status, since, firstStage, note, user.id(),
                clock.instant())).getId();
    }
}
