package id.lentera.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.lentera.account.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing surveys of households, as a dated history (DTSEN uses them, so they are a household
 * fact, not a visit's): home visits record them here; the household page shows the latest.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class HousingSurveys {

    /** One survey as it was recorded. */
    public record Entry(long id, LocalDate surveyedOn, HousingFacts facts, long recordedBy, Instant recordedAt) {
    }

    private final HousingSurveyRecords records;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HousingSurveys(HousingSurveyRecords records, HouseholdAccess access, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a survey of a household the user may change.
     *
     * @throws InvalidInputException with the fields that are missing or contradict each other
     */
    @Transactional
    public long record(long householdId, HousingFacts facts, LocalDate surveyedOn, CurrentUser user) {
        access.requireEditable(householdId, user);
        if (surveyedOn == null || surveyedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(List.of(new FieldProblem("surveyedOn", "visit.housing.date.invalid")));
        }
        Instant now = clock.instant();
        long id = records.save(new HousingSurvey(householdId, facts, surveyedOn, user.id(), now)).getId();
        events.publishEvent(new HouseholdChanged(householdId, now));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Entry> latest(long householdId, CurrentUser user) {
        access.requireVisible(householdId, user);
        return records.findFirstByHouseholdIdOrderBySurveyedOnDescIdDesc(householdId).map(HousingSurveys::entry);
    }

    /** Every survey of the household, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> history(long householdId, CurrentUser user) {
        access.requireVisible(householdId, user);
        return records.findByHouseholdIdOrderBySurveyedOnDescIdDesc(householdId).stream().map(HousingSurveys::entry)
                .toList();
    }

    private static Entry entry(HousingSurvey s) {
        return new Entry(s.getId(), s.getSurveyedOn(), s.facts(), s.getRecordedBy(), s.getRecordedAt());
    }
}
