package id.lentera.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.lentera.casework.CaseReference;
import id.lentera.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A home visit of a case: planned for a day, then done (with what was found), missed or cancelled
 * (with why). A done visit can be corrected; what it said before is kept in {@link #getChanges()}.
 * The case's responsible worker and team are copied onto the visit so the agenda is one query.
 */
@Entity
@Table(name = "home_visit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HomeVisit extends AbstractEntity {

    static final int TEXT_MAX = 4000;
    static final int AGREEMENTS_MAX = 2000;
    static final int REASON_MAX = 500;

    private Long caseId;
    private Long clientId;
    private Long householdId;
    private Long workerId;
    private Long teamId;
    @Enumerated(EnumType.STRING)
    private VisitStatus status;
    private LocalDate scheduledOn;
    private LocalTime scheduledTime;
    @Enumerated(EnumType.STRING)
    private VisitPurpose purpose;
    private String planNote;
    private LocalDate visitedOn;
    private LocalTime startedAt;
    @Enumerated(EnumType.STRING)
    private VisitPlace place;
    private String placeNote;
    private String metWith;
    private String observations;
    private String situation;
    private String agreements;
    private LocalDate nextVisitOn;
    private Double latitude;
    private Double longitude;
    @jakarta.persistence.Column(name = "accuracy_m")
    private Double accuracy;
    private Instant positionAt;
    private String noPositionReason;
    private String outcomeReason;
    private Long housingSurveyId;
    private UUID scheduleKey;
    private UUID recordKey;
    private Long previousVisitId;
    private Long createdBy;
    private Instant createdAt;
    private Long recordedBy;
    private Instant recordedAt;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<VisitChange> changes = new ArrayList<>();

    /**
     * A visit planned for a day that is not already past.
     *
     * @param key the scheduling form's idempotency key (null when made by the system)
     */
    public static HomeVisit plan(CaseReference target, LocalDate on, LocalTime at, VisitPurpose purpose, String note,
            long by, UUID key, LocalDate today, Instant now) {
        List<VisitProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new VisitProblem("scheduledOn", "visit.date.required"));
        } else if (on.isBefore(today)) {
            problems.add(new VisitProblem("scheduledOn", "visit.planned.past"));
        }
        if (purpose == null) {
            problems.add(new VisitProblem("purpose", "visit.required"));
        }
        throwIfAny(problems);
        HomeVisit visit = new HomeVisit();
        visit.caseId = target.caseId();
        visit.clientId = target.clientId();
        visit.householdId = target.householdId();
        visit.workerId = target.workerId();
        visit.teamId = target.teamId();
        visit.status = VisitStatus.PLANNED;
        visit.scheduledOn = on;
        visit.scheduledTime = at;
        visit.purpose = purpose;
        visit.planNote = blankToNull(note);
        visit.scheduleKey = key;
        visit.createdBy = by;
        visit.createdAt = now;
        return visit;
    }

    /**
     * Records the visit as done and, when the report names a next visit date, returns the planned
     * visit for that day (to be saved by the caller).
     */
    public Optional<HomeVisit> recordDone(VisitReport report, long by, UUID key, LocalDate today, Instant now) {
        requireStatus(VisitStatus.PLANNED);
        throwIfAny(problems(report, today, true));
        apply(report);
        nextVisitOn = report.nextVisitOn();
        if (report.position() != null) {
            latitude = report.position().latitude();
            longitude = report.position().longitude();
            accuracy = report.position().accuracy();
            positionAt = report.position().at();
            noPositionReason = null;
        } else {
            noPositionReason = report.noPositionReason().strip();
        }
        status = VisitStatus.DONE;
        recordKey = key;
        recordedBy = by;
        recordedAt = now;
        if (nextVisitOn == null) {
            return Optional.empty();
        }
        HomeVisit next = new HomeVisit();
        next.caseId = caseId;
        next.clientId = clientId;
        next.householdId = householdId;
        next.workerId = workerId;
        next.teamId = teamId;
        next.status = VisitStatus.PLANNED;
        next.scheduledOn = nextVisitOn;
        next.purpose = purpose;
        next.createdBy = by;
        next.createdAt = now;
        next.previousVisitId = getId();
        return Optional.of(next);
    }

    /** The visit did not happen: missed (nobody home) or cancelled, with the reason. */
    public void recordNotDone(VisitStatus outcome, String reason, long by, Instant now) {
        requireStatus(VisitStatus.PLANNED);
        List<VisitProblem> problems = new ArrayList<>();
        if (outcome != VisitStatus.MISSED && outcome != VisitStatus.CANCELLED) {
            problems.add(new VisitProblem("outcome", "visit.required"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new VisitProblem("reason", "visit.reason.required"));
        } else if (reason.strip().length() > REASON_MAX) {
            problems.add(new VisitProblem("reason", "visit.tooLong"));
        }
        throwIfAny(problems);
        status = outcome;
        outcomeReason = reason.strip();
        recordedBy = by;
        recordedAt = now;
    }

    /**
     * Corrects what a done visit says. Its position, photos and next visit stay as recorded at the
     * door; every changed field keeps its earlier value.
     */
    public void correct(VisitReport report, long by, LocalDate today, Instant now) {
        requireStatus(VisitStatus.DONE);
        throwIfAny(problems(report, today, false));
        change("visitedOn", visitedOn, report.visitedOn(), by, now);
        change("startedAt", startedAt, report.startedAt(), by, now);
        change("place", place, report.place(), by, now);
        change("placeNote", placeNote, blankToNull(report.placeNote()), by, now);
        change("metWith", metWith, blankToNull(report.metWith()), by, now);
        change("purpose", purpose, report.purpose(), by, now);
        change("observations", observations, blankToNull(report.observations()), by, now);
        change("situation", situation, blankToNull(report.situation()), by, now);
        change("agreements", agreements, blankToNull(report.agreements()), by, now);
        apply(report);
    }

    /** Planned and its day is over. */
    public boolean overdue(LocalDate today) {
        return status == VisitStatus.PLANNED && scheduledOn.isBefore(today);
    }

    public Optional<GeoPosition> position() {
        return latitude == null ? Optional.empty()
                : Optional.of(new GeoPosition(latitude, longitude, accuracy, positionAt));
    }

    void surveyedAs(long surveyId) {
        housingSurveyId = surveyId;
    }

    /** The case was handed to another worker: a visit not yet made goes with it. */
    void reassignTo(long worker) {
        if (status == VisitStatus.PLANNED) {
            workerId = worker;
        }
    }

    /**
     * What is wrong with a report, by field.
     *
     * @param firstRecord whether the position and next visit are part of it (not in a correction)
     */
    static List<VisitProblem> problems(VisitReport report, LocalDate today, boolean firstRecord) {
        List<VisitProblem> problems = new ArrayList<>();
        if (report.visitedOn() == null) {
            problems.add(new VisitProblem("visitedOn", "visit.date.required"));
        } else if (report.visitedOn().isAfter(today)) {
            problems.add(new VisitProblem("visitedOn", "visit.done.future"));
        }
        if (report.place() == null) {
            problems.add(new VisitProblem("place", "visit.required"));
        } else if (report.place() == VisitPlace.OTHER && blank(report.placeNote())) {
            problems.add(new VisitProblem("placeNote", "visit.placeNote.required"));
        }
        if (report.purpose() == null) {
            problems.add(new VisitProblem("purpose", "visit.required"));
        }
        if (blank(report.observations())) {
            problems.add(new VisitProblem("observations", "visit.required"));
        }
        if (!firstRecord) {
            return problems;
        }
        if (report.position() != null) {
            if (!report.position().withinIndonesia()) {
                problems.add(new VisitProblem("latitude", "visit.position.outside"));
            }
            if (report.position().accuracy() != null && report.position().accuracy() < 0) {
                problems.add(new VisitProblem("accuracy", "visit.position.accuracy"));
            }
        } else if (blank(report.noPositionReason())) {
            problems.add(new VisitProblem("noPositionReason", "visit.position.reasonRequired"));
        }
        if (report.nextVisitOn() != null) {
            if (report.visitedOn() != null && !report.nextVisitOn().isAfter(report.visitedOn())) {
                problems.add(new VisitProblem("nextVisitOn", "visit.next.afterVisit"));
            } else if (report.nextVisitOn().isBefore(today)) {
                problems.add(new VisitProblem("nextVisitOn", "visit.planned.past"));
            }
        }
        return problems;
    }

    private void apply(VisitReport report) {
        visitedOn = report.visitedOn();
        startedAt = report.startedAt();
        place = report.place();
        placeNote = blankToNull(report.placeNote());
        metWith = blankToNull(report.metWith());
        purpose = report.purpose();
        observations = blankToNull(report.observations());
        situation = blankToNull(report.situation());
        agreements = blankToNull(report.agreements());
    }

    private void change(String field, Object before, Object after, long by, Instant now) {
        if (!Objects.equals(before, after)) {
            changes.add(new VisitChange(this, field, before == null ? null : before.toString(), by, now));
        }
    }

    private void requireStatus(VisitStatus expected) {
        if (status != expected) {
            throw new VisitInputException(null, "visit.status.not" + (expected == VisitStatus.PLANNED ? "Planned" : "Done"));
        }
    }

    private static void throwIfAny(List<VisitProblem> problems) {
        if (!problems.isEmpty()) {
            throw new VisitInputException(problems);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
