package id.lentera.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.lentera.casework.CaseTimelineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's visits in its timeline: planned ones (with "start the visit"), done ones with their
 * position, missed and cancelled ones with why. One query per case page.
 */
@Component
class VisitTimeline implements CaseTimelineSource {

    private final HomeVisits visits;
    private final Clock clock;

    VisitTimeline(HomeVisits visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> entriesFor(long caseId) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = new ArrayList<>();
        for (HomeVisit v : visits.ofCase(caseId)) {
            String href = "/visits/" + v.getId();
            String purpose = "#visit.purpose." + v.getPurpose();
            switch (v.getStatus()) {
                case PLANNED -> entries.add(new Entry(v.getScheduledOn().atStartOfDay(zone).toInstant(),
                        v.getScheduledOn(), v.overdue(today) ? "visit.timeline.overdue" : "visit.timeline.planned",
                        List.of(purpose), v.getCreatedBy(), v.getPlanNote(), href, "visit.start",
                        href + "/record"));
                case DONE -> entries.add(new Entry(v.getRecordedAt(), v.getVisitedOn(), "visit.timeline.done",
                        List.of(purpose, v.position().map(VisitTimeline::position).orElse("#visit.timeline.noPosition")),
                        v.getRecordedBy(), v.getObservations(), href, null, null));
                case MISSED, CANCELLED -> entries.add(new Entry(v.getRecordedAt(), v.getScheduledOn(),
                        "visit.timeline." + v.getStatus().name().toLowerCase(Locale.ROOT), List.of(purpose),
                        v.getRecordedBy(), v.getOutcomeReason(), href, null, null));
            }
        }
        return entries;
    }

    private static String position(GeoPosition p) {
        return p.accuracy() == null ? p.query() : p.query() + String.format(Locale.ROOT, " (±%.0f m)", p.accuracy());
    }
}
