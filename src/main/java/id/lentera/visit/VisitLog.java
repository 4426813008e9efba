package id.lentera.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.casework.CaseAccess;
import id.lentera.casework.CaseReference;
import id.lentera.casework.Casework;
import id.lentera.casework.Now;
import id.lentera.client.ClientSummaries;
import id.lentera.client.HouseholdAddress;
import id.lentera.client.HouseholdAddresses;
import id.lentera.client.HousingFacts;
import id.lentera.client.HousingSurveys;
import id.lentera.region.RegionDirectory;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit module's API: plan a visit from a case, record it as done (with position, housing
 * survey and the next visit), missed or cancelled, correct it later, and the worker's agenda. Who
 * may see a visit is who may see its case ({@link Casework#reference}); admins never.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class VisitLog {

    private final HomeVisits visits;
    private final Casework casework;
    private final CaseAccess caseAccess;
    private final HousingSurveys housing;
    private final ClientSummaries clients;
    private final HouseholdAddresses addresses;
    private final RegionDirectory regions;
    private final TeamDirectory teams;
    private final VisitPhotos photos;
    private final ApplicationEventPublisher events;
    private final VisitProperties properties;
    private final Clock clock;

    VisitLog(HomeVisits visits, Casework casework, CaseAccess caseAccess, HousingSurveys housing,
            ClientSummaries clients, HouseholdAddresses addresses, RegionDirectory regions, TeamDirectory teams,
            VisitPhotos photos, ApplicationEventPublisher events, VisitProperties properties, Clock clock) {
        this.visits = visits;
        this.casework = casework;
        this.caseAccess = caseAccess;
        this.housing = housing;
        this.clients = clients;
        this.addresses = addresses;
        this.regions = regions;
        this.teams = teams;
        this.photos = photos;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // --- planning

    /** The case a visit would be planned for: 404 when not the user's to see, 403 when only to read. */
    @Transactional(readOnly = true)
    public CaseReference caseForPlanning(long caseId, CurrentUser user) {
        CaseReference target = workable(casework.reference(caseId, user));
        if (!target.open()) {
            throw new VisitInputException(null, "visit.case.closed");
        }
        return target;
    }

    /**
     * Plans a visit. Sending the same form twice (same key) plans it once.
     *
     * @return the planned visit's id
     */
    @Transactional
    public long plan(long caseId, UUID key, LocalDate on, LocalTime at, VisitPurpose purpose, String note,
            CurrentUser user) {
        CaseReference target = caseForPlanning(caseId, user);
        if (key != null) {
            Optional<HomeVisit> already = visits.findByScheduleKey(key);
            if (already.isPresent()) {
                return already.get().getId();
            }
        }
        Now now = Now.of(clock);
        return visits.saveAndFlush(HomeVisit.plan(target, on, at, purpose, note, user.id(), key, now.today(),
                now.instant())).getId();
    }

    /** The visit a scheduling form already made, when a second sending lost the race to the first. */
    @Transactional(readOnly = true)
    public Optional<Long> plannedWith(UUID key) {
        return visits.findByScheduleKey(key).map(HomeVisit::getId);
    }

    // --- reading

    @Transactional(readOnly = true)
    public VisitDetails find(long visitId, CurrentUser user) {
        HomeVisit visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit"));
        CaseReference target = casework.reference(visit.getCaseId(), user);
        Hibernate.initialize(visit.getChanges());
        Set<Long> people = new HashSet<>();
        people.add(visit.getWorkerId());
        people.add(visit.getCreatedBy());
        if (visit.getRecordedBy() != null) {
            people.add(visit.getRecordedBy());
        }
        visit.getChanges().forEach(c -> people.add(c.getChangedBy()));
        String clientName = clients.displayNames(List.of(visit.getClientId())).getOrDefault(visit.getClientId(), "");
        return new VisitDetails(visit, target, clientName, teams.fullNames(people), visit.getChanges(),
                photos.of(visitId), target.mayWork() && target.open(), LocalDate.now(clock));
    }

    /** As {@link #find}, when the user may record work on the visit's case; else 403. */
    @Transactional(readOnly = true)
    public VisitDetails findWorkable(long visitId, CurrentUser user) {
        VisitDetails details = find(visitId, user);
        workable(details.caseFile());
        return details;
    }

    // --- recording

    /**
     * Records a planned visit as done, with the housing survey when one was filled in, and plans
     * the next visit when a date is given; all or nothing. Sending the same form again (same key:
     * a double tap, a retry after a lost answer) changes nothing and answers the same visit.
     *
     * @return the id of the visit recorded
     * @throws VisitInputException with every refused field
     */
    @Transactional
    public long record(long visitId, UUID key, VisitReport report, HousingFacts survey, CurrentUser user) {
        Optional<HomeVisit> already = visits.findByRecordKey(key);
        if (already.isPresent()) {
            requireVisible(already.get(), user);
            return already.get().getId();
        }
        HomeVisit visit = visits.findForUpdate(visitId).orElseThrow(() -> new NotFoundException("visit"));
        CaseReference target = workable(casework.reference(visit.getCaseId(), user));
        if (key.equals(visit.getRecordKey())) {
            return visit.getId();
        }
        if (!target.open()) {
            throw new VisitInputException(null, "visit.case.closed");
        }
        Now now = Now.of(clock);
        List<VisitProblem> problems = new ArrayList<>(HomeVisit.problems(report, now.today(), true));
        boolean surveyed = survey != null && survey.anyGiven();
        if (surveyed) {
            if (visit.getHouseholdId() == null) {
                problems.add(new VisitProblem("tenure", "visit.housing.noHousehold"));
            }
            survey.problems().forEach(p -> problems.add(new VisitProblem(p.field(), p.code())));
        }
        if (!problems.isEmpty()) {
            throw new VisitInputException(problems);
        }
        Optional<HomeVisit> next = visit.recordDone(report, user.id(), key, now.today(), now.instant());
        if (surveyed) {
            visit.surveyedAs(housing.record(visit.getHouseholdId(), survey, report.visitedOn(), user));
        }
        visits.save(visit);
        next.ifPresent(visits::save);
        events.publishEvent(new VisitRecorded(visit.getId(), visit.getCaseId(), visit.getClientId(),
                visit.getHouseholdId(), visit.getWorkerId(), visit.getVisitedOn(), surveyed, now.instant()));
        return visit.getId();
    }

    /** A planned visit that did not happen: missed or cancelled, with the reason. */
    @Transactional
    public void recordNotDone(long visitId, long version, VisitStatus outcome, String reason, CurrentUser user) {
        HomeVisit visit = workableVisit(visitId, version, user);
        visit.recordNotDone(outcome, reason, user.id(), clock.instant());
        visits.save(visit);
    }

    /** Corrects a done visit; the earlier values are kept with who changed them and when. */
    @Transactional
    public void correct(long visitId, long version, VisitReport report, CurrentUser user) {
        HomeVisit visit = workableVisit(visitId, version, user);
        Now now = Now.of(clock);
        visit.correct(report, user.id(), now.today(), now.instant());
        visits.save(visit);
    }

    // --- the worker's day

    /** The first page of the agenda. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
    public Agenda agenda(CurrentUser user) {
        return agenda(user, 0);
    }

    /**
     * Today's and overdue planned visits by kelurahan, and the next days', a page of them (a
     * supervisor's teams can have many overdue): four queries whatever the number.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
    public Agenda agenda(CurrentUser user, int page) {
        LocalDate today = LocalDate.now(clock);
        CaseAccess.Scope scope = caseAccess.of(user);
        int limit = properties.agendaLimit();
        // a slice reads one row more than the page to tell whether a next page exists
        org.springframework.data.domain.Slice<AgendaRow> slice = visits.agenda(user.id(), scope.teamIds(), today,
                today.plusDays(properties.agendaDays()), PageRequest.of(Math.max(0, page), limit));
        List<AgendaRow> rows = slice.getContent();
        boolean truncated = slice.hasNext();
        Set<Long> clientIds = new HashSet<>();
        Set<Long> householdIds = new HashSet<>();
        rows.forEach(r -> {
            clientIds.add(r.clientId());
            if (r.householdId() != null) {
                householdIds.add(r.householdId());
            }
        });
        Map<Long, String> names = clients.displayNames(clientIds);
        Map<Long, HouseholdAddress> places = addresses.of(householdIds);
        Map<String, String> kelurahan = regions.names(places.values().stream()
                .map(HouseholdAddress::kelurahanCode).filter(java.util.Objects::nonNull).toList());
        Map<String, List<Agenda.Item>> groups = new LinkedHashMap<>();
        List<Agenda.Item> upcoming = new ArrayList<>();
        for (AgendaRow row : rows) {
            HouseholdAddress address = row.householdId() == null ? null : places.get(row.householdId());
            String region = address == null ? null : kelurahan.get(address.kelurahanCode());
            Agenda.Item item = new Agenda.Item(row, names.getOrDefault(row.clientId(), ""), street(address),
                    row.overdue(today), row.workerId() == user.id());
            if (row.scheduledOn().isAfter(today)) {
                upcoming.add(item);
            } else {
                groups.computeIfAbsent(region, k -> new ArrayList<>()).add(item);
            }
        }
        List<Agenda.Group> now = groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.nullsLast(String::compareTo)))
                .map(e -> new Agenda.Group(e.getKey(), e.getValue())).toList();
        return new Agenda(today, now, upcoming, Math.max(0, page), truncated);
    }

    // --- internals

    private HomeVisit workableVisit(long visitId, long version, CurrentUser user) {
        HomeVisit visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit"));
        CaseReference target = workable(casework.reference(visit.getCaseId(), user));
        if (!target.open()) {
            throw new VisitInputException(null, "visit.case.closed");
        }
        StaleEditException.check("visit", version, visit.getVersion());
        return visit;
    }

    private void requireVisible(HomeVisit visit, CurrentUser user) {
        casework.reference(visit.getCaseId(), user);
    }

    private static CaseReference workable(CaseReference target) {
        if (!target.mayWork()) {
            throw new AccessDeniedException("may not record visits of this case");
        }
        return target;
    }

    private static String street(HouseholdAddress address) {
        if (address == null || address.street() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(address.street());
        if (address.rt() != null) {
            text.append(", RT ").append(address.rt());
        }
        if (address.rw() != null) {
            text.append("/RW ").append(address.rw());
        }
        return text.toString();
    }
}
