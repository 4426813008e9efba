package id.lentera.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Everything that happened to a case, newest first: moves, work, notes, approvals, assignments, corrections. */
final class Timeline {

    private Timeline() {
    }

    /** Entries known only by their day sort at the start of that day in the office's zone. */
    static List<TimelineEntry> of(CaseFile file, Map<Long, String> names, List<CaseTimelineSource.Entry> external,
            ZoneId officeZone) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (CaseTimelineSource.Entry e : external) {
            entries.add(new TimelineEntry(e.at(), e.on(), e.key(), e.args(),
                    e.who() == null ? null : names.getOrDefault(e.who(), ""), e.text(), e.href(), e.actionKey(), e.actionHref()));
        }
        for (StageTransition t : file.getTransitions()) {
            if (t.getFromStage() == null) {
                entries.add(entry(t.getMovedAt(), null, "case.timeline.opened", List.of(), names, t.getMovedBy(), null));
            } else {
                entries.add(entry(t.getMovedAt(), null, "case.timeline.moved",
                        List.of("#case.stage." + t.getFromStage(), "#case.stage." + t.getToStage()), names,
                        t.getMovedBy(), t.getReason()));
            }
        }
        for (CaseActivity a : file.getActivities()) {
            entries.add(entry(recorded(a.getRecordedAt(), a.getDoneOn(), officeZone), a.getDoneOn(), "case.timeline.activity",
                    List.of("#case.activityType." + a.getType()), names, a.getRecordedBy(),
                    a.getOutcome() == null ? a.getDescription() : a.getDescription() + " — " + a.getOutcome()));
        }
        for (Referral r : file.getReferrals()) {
            entries.add(entry(recorded(r.getRecordedAt(), r.getSentOn(), officeZone), r.getSentOn(), "case.timeline.referral",
                    List.of("#case.destination." + r.getDestinationType(), r.getDestinationName()), names,
                    r.getRecordedBy(), r.getReason()));
            if (r.getOutcomeOn() != null) {
                entries.add(entry(later(recorded(r.getRecordedAt(), r.getSentOn(), officeZone).plusSeconds(1),
                        r.getOutcomeOn().atStartOfDay(officeZone).toInstant()), r.getOutcomeOn(),
                        "case.timeline.referralOutcome", List.of(r.getDestinationName()), names, null,
                        r.getOutcome()));
            }
        }
        for (CaseNote n : file.getNotes()) {
            entries.add(entry(n.getWrittenAt(), n.getNotedOn(),
                    n.isSupervision() ? "case.timeline.supervisionNote" : "case.timeline.note", List.of(), names,
                    n.getWrittenBy(), n.getText()));
        }
        for (ApprovalRequest a : file.getApprovals()) {
            entries.add(entry(a.getRequestedAt(), null, "case.timeline.approvalRequested",
                    List.of("#case.approvalKind." + a.getKind()), names, a.getRequestedBy(), null));
            if (a.getDecidedAt() != null) {
                entries.add(entry(a.getDecidedAt(), null, "case.timeline.approval." + a.getState(),
                        List.of("#case.approvalKind." + a.getKind()), names, a.getDecidedBy(), a.getComment()));
            }
        }
        file.getAssignments().stream().skip(1).forEach(a -> entries.add(entry(a.getAssignedAt(), null,
                "case.timeline.reassigned", List.of(names.getOrDefault(a.getWorkerId(), "")), names,
                a.getAssignedBy(), a.getReason())));
        for (RecordChange c : file.getChanges()) {
            entries.add(entry(c.getChangedAt(), null, "case.timeline.corrected",
                    List.of("#case.section." + c.getSection()), names, c.getChangedBy(), null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    /** When it was written down; for rows from before that was kept, the day it was done. */
    private static Instant recorded(Instant recordedAt, LocalDate day, ZoneId officeZone) {
        return recordedAt != null ? recordedAt : day.atStartOfDay(officeZone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static TimelineEntry entry(Instant at, java.time.LocalDate on, String key, List<String> args,
            Map<Long, String> names, Long who, String text) {
        return new TimelineEntry(at, on, key, args, who == null ? null : names.getOrDefault(who, ""), text);
    }
}
