package id.lentera.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionLevel;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a household's record: its address and KK, who lives in it and their facts, members
 * leaving, deaths and a new head. Every action checks who may do it ({@link HouseholdAccess}),
 * changes the aggregate, and announces {@link HouseholdChanged}.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
public class HouseholdRoster {

    private final Households households;
    private final People people;
    private final Clients clients;
    private final RegistryStatuses registry;
    private final HouseholdAccess access;
    private final ClientAccess clientAccess;
    private final HouseholdHistory history;
    private final RegionDirectory regions;
    private final TeamDirectory teams;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    HouseholdRoster(Households households, People people, Clients clients, RegistryStatuses registry,
            HouseholdAccess access, ClientAccess clientAccess, HouseholdHistory history, RegionDirectory regions,
            TeamDirectory teams, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            EntityManager entityManager) {
        this.households = households;
        this.people = people;
        this.clients = clients;
        this.registry = registry;
        this.access = access;
        this.clientAccess = clientAccess;
        this.history = history;
        this.regions = regions;
        this.teams = teams;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The household page: roster, registry status and history. */
    @Transactional(readOnly = true)
    public HouseholdView view(long householdId, CurrentUser user) {
        access.requireVisible(householdId, user);
        return build(householdId, user, true);
    }

    /** What a form about this household needs (no history); only for those who may change it. */
    @Transactional(readOnly = true)
    public HouseholdView forEditing(long householdId, CurrentUser user) {
        access.requireEditable(householdId, user);
        return build(householdId, user, false);
    }

    /** The client a new household is about to be made for; 404 unless visible, refused if housed. */
    @Transactional(readOnly = true)
    public String clientWithoutHousehold(long clientId, CurrentUser user) {
        HouseholdAccess.requireWriter(user);
        Client client = visibleClient(clientId, user);
        if (households.isCurrentMember(client.getPerson().getId())) {
            throw new ClientRuleException("household.client.alreadyHoused");
        }
        return client.getPerson().getFullName();
    }

    @Transactional
    public long create(long clientId, NewHousehold request, CurrentUser user) {
        HouseholdAccess.requireWriter(user);
        Client client = visibleClient(clientId, user);
        Person clientPerson = client.getPerson();
        if (households.isCurrentMember(clientPerson.getId())) {
            throw new ClientRuleException("household.client.alreadyHoused");
        }
        List<FieldProblem> problems = checkAddress(request.address(), null);
        Relationship relationship = request.clientRelationship() == null ? Relationship.HEAD
                : request.clientRelationship();
        if (relationship != Relationship.HEAD) {
            if (request.head() == null || request.head().fullName() == null || request.head().fullName().isBlank()) {
                problems.add(new FieldProblem("headFullName", "household.head.required"));
            } else {
                if (request.head().sex() == null) {
                    problems.add(new FieldProblem("headSex", "NotNull"));
                }
                checkFacts(request.head(), null).forEach(p -> problems.add(new FieldProblem(
                        "head" + Character.toUpperCase(p.field().charAt(0)) + p.field().substring(1), p.code())));
            }
        }
        throwIfAny(problems);
        var now = clock.instant();
        Household household = new Household(normalized(request.address()), user.id(), now);
        if (relationship != Relationship.HEAD) {
            household.add(people.save(new Person(request.head(), user.id(), now)), Relationship.HEAD, today());
        }
        household.add(clientPerson, relationship, today());
        long id = households.save(household).getId();
        changed(id);
        return id;
    }

    @Transactional
    public void readdress(long householdId, long version, HouseholdAddress address, CurrentUser user) {
        access.requireEditable(householdId, user);
        Household household = households.findById(householdId).orElseThrow(() -> new NotFoundException("household"));
        StaleEditException.check("household", version, household.getVersion());
        throwIfAny(checkAddress(address, householdId));
        household.moveTo(normalized(address));
        changed(householdId);
    }

    @Transactional
    public long addMember(long householdId, MemberDetails details, CurrentUser user) {
        access.requireEditable(householdId, user);
        Household household = households.findWithMembers(householdId).orElseThrow(() -> new NotFoundException("household"));
        throwIfAny(checkFacts(details.facts(), null));
        NikCheck nikCheck = nikCheck(details);
        Person person = new Person(details.facts(), user.id(), clock.instant());
        person.overrideNikWarning(nikCheck.reasonToKeep());
        people.save(person);
        recordDocuments(person, details.documents());
        HouseholdMember member = household.add(person, details.relationship(), today());
        // the cascade persists the new member on flush, which gives it its id
        entityManager.flush();
        changed(householdId);
        return member.getId();
    }

    @Transactional
    public void updateMember(long householdId, long memberId, long personVersion, MemberDetails details,
            CurrentUser user) {
        access.requireEditable(householdId, user);
        Household household = households.findWithMembers(householdId).orElseThrow(() -> new NotFoundException("household"));
        HouseholdMember member = member(household, memberId);
        Person person = member.getPerson();
        StaleEditException.check("member", personVersion, person.getVersion());
        throwIfAny(checkFacts(details.facts(), person.getId()));
        NikCheck nikCheck = nikCheck(details);
        if (details.relationship() != null) {
            household.relate(member, details.relationship());
        }
        person.update(keepingWhatTheFormDoesNotShow(details.facts(), person));
        person.overrideNikWarning(nikCheck.reasonToKeep());
        recordDocuments(person, details.documents());
        changed(householdId);
    }

    @Transactional
    public void leave(long householdId, long memberId, long memberVersion, LocalDate on, String reason,
            CurrentUser user) {
        access.requireEditable(householdId, user);
        Household household = households.findWithMembers(householdId).orElseThrow(() -> new NotFoundException("household"));
        HouseholdMember member = member(household, memberId);
        StaleEditException.check("member", memberVersion, member.getVersion());
        if (on.isAfter(today())) {
            throw new InvalidInputException(List.of(new FieldProblem("leftOn", "member.leftOn.future")));
        }
        if (member.getJoinedOn() != null && on.isBefore(member.getJoinedOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("leftOn", "member.leftOn.beforeJoining")));
        }
        household.leave(member, on, reason);
        changed(householdId);
    }

    @Transactional
    public void recordDeath(long householdId, long memberId, long personVersion, LocalDate on, CurrentUser user) {
        access.requireEditable(householdId, user);
        Household household = households.findWithMembers(householdId).orElseThrow(() -> new NotFoundException("household"));
        HouseholdMember member = member(household, memberId);
        StaleEditException.check("member", personVersion, member.getPerson().getVersion());
        household.recordDeath(member, on, today());
        changed(householdId);
    }

    @Transactional
    public void changeHead(long householdId, long version, long newHeadMemberId, Relationship formerHeadNow,
            CurrentUser user) {
        access.requireEditable(householdId, user);
        Household household = households.findWithMembers(householdId).orElseThrow(() -> new NotFoundException("household"));
        StaleEditException.check("household", version, household.getVersion());
        household.changeHead(member(household, newHeadMemberId), formerHeadNow);
        // only member rows change: bump the household's version so that a second, stale change of
        // head is refused rather than silently applied on top of this one
        entityManager.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changed(householdId);
    }

    // --- reading

    private HouseholdView build(long householdId, CurrentUser user, boolean withHistory) {
        Household household = households.findWithMembers(householdId).orElseThrow(() -> new NotFoundException("household"));
        LocalDate today = today();
        var visibility = clientAccess.of(user);
        Map<Long, Long> clientIds = visibleClientIds(household.getMembers().stream()
                .map(m -> m.getPerson().getId()).toList(), visibility);
        List<HouseholdView.Member> current = new ArrayList<>();
        List<HouseholdView.Member> former = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        boolean editable = HouseholdAccess.mayEdit(user);
        for (HouseholdMember m : household.getMembers()) {
            Person p = m.getPerson();
            names.put(p.getId(), p.getFullName());
            var documents = new EnumMap<DocumentType, DocumentStatus>(DocumentType.class);
            p.getDocuments().forEach((type, holding) -> documents.put(type, holding.status()));
            var row = new HouseholdView.Member(m.getId(), m.getVersion(), p.getId(), p.getVersion(), p.getFullName(),
                    m.getRelationship(), p.getSex(), p.getBirthDate(), p.getBirthYear(), p.isBirthYearEstimated(),
                    p.ageOn(p.getDeceasedOn() != null && p.getDeceasedOn().isBefore(today) ? p.getDeceasedOn() : today),
                    editable ? p.getNik() : null, p.getNik() == null ? null : Nik.mask(p.getNik()), p.getMaternalStatus(), p.getDeliveryDate(),
                    p.getSchooling(), p.getSevereDisability(), p.getDisabilityType(), p.getDeceasedOn(), m.getLeftOn(),
                    m.getLeftReason(), clientIds.get(p.getId()), documents, p.getNikWarningOverride());
            (m.isCurrent() ? current : former).add(row);
        }
        // the head first, then in the order they joined the record
        current.sort((a, b) -> Boolean.compare(b.head(), a.head()));
        List<HouseholdView.RegistryEntry> checks = List.of();
        List<HouseholdView.Change> changes = List.of();
        if (withHistory) {
            var entries = registry.findByHouseholdIdOrderByCheckedOnDescRecordedAtDescIdDesc(householdId);
            Set<Long> recorders = new LinkedHashSet<>();
            entries.forEach(e -> recorders.add(e.getRecordedBy()));
            Map<Long, String> recorderNames = teams.fullNames(recorders);
            checks = entries.stream().map(e -> new HouseholdView.RegistryEntry(e.getRegistry(), e.getStatus(),
                    e.getReason(), e.getRegistryId(), e.getDecile(), e.getCheckedOn(), e.getSource(), e.getNote(),
                    e.getRecordedAt(), recorderNames.get(e.getRecordedBy()))).toList();
            changes = history.of(householdId, names);
        }
        String kk = household.getKkNumber();
        return new HouseholdView(household.getId(), household.getVersion(), editable ? kk : null,
                kk == null ? null : Nik.mask(kk), household.getStreet(), household.getRt(), household.getRw(),
                household.getKelurahanCode(), household.getKelurahanCode() == null ? null
                        : regions.describe(household.getKelurahanCode()),
                editable, current, former, checks, changes);
    }

    /** Client ids by person id, for those the user may open; one query. */
    private Map<Long, Long> visibleClientIds(Collection<Long> personIds, ClientAccess.Visibility visibility) {
        Map<Long, Long> ids = new HashMap<>();
        if (personIds.isEmpty()) {
            return ids;
        }
        jdbc.query("select c.id, c.person_id from client c where c.person_id in (:people) and " + ClientAccess.VISIBLE,
                visibility.bind(new MapSqlParameterSource("people", personIds)),
                rs -> {
                    ids.put(rs.getLong("person_id"), rs.getLong("id"));
                });
        return ids;
    }

    // --- checks

    private Client visibleClient(long clientId, CurrentUser user) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("client"));
        if (!clientAccess.sees(user, clientId)) {
            throw new NotFoundException("client");
        }
        return client;
    }

    private List<FieldProblem> checkAddress(HouseholdAddress address, Long self) {
        List<FieldProblem> problems = new ArrayList<>();
        String kk = blankToNull(address.kkNumber());
        if (kk != null) {
            var parsed = KkNumber.parse(kk);
            if (parsed.isEmpty()) {
                problems.add(new FieldProblem("kkNumber", "household.kk.invalid"));
            } else if (households.findByKkNumber(parsed.get().value()).filter(h -> !h.getId().equals(self)).isPresent()) {
                problems.add(new FieldProblem("kkNumber", "household.kk.taken"));
            }
        }
        if (!validNeighbourhood(address.rt())) {
            problems.add(new FieldProblem("rt", "household.rtRw.format"));
        }
        if (!validNeighbourhood(address.rw())) {
            problems.add(new FieldProblem("rw", "household.rtRw.format"));
        }
        String kelurahan = blankToNull(address.kelurahanCode());
        if (kelurahan == null) {
            problems.add(new FieldProblem("kelurahanCode", "household.kelurahan.required"));
        } else if (!regions.exists(kelurahan.strip(), RegionLevel.VILLAGE)) {
            problems.add(new FieldProblem("kelurahanCode", "household.kelurahan.unknown"));
        }
        return problems;
    }

    private List<FieldProblem> checkFacts(PersonFacts facts, Long self) {
        List<FieldProblem> problems = new ArrayList<>(PersonFactsRules.check(facts, today()));
        if (facts.nik() != null && problems.stream().noneMatch(p -> p.field().equals("nik"))
                && people.findLivingByNik(facts.nik()).stream().anyMatch(p -> !p.getId().equals(self))) {
            // a NIK belongs to one living person: said here, before the unique index would refuse it
            problems.add(new FieldProblem("nik", "member.nik.taken"));
        }
        return problems;
    }

    /** @throws NikMismatchException while the NIK disagrees with the sex or birth date and no reason is given */
    private static NikCheck nikCheck(MemberDetails details) {
        NikCheck check = NikCheck.of(details.facts(), details.nikWarningOverride());
        if (check.heldBack()) {
            throw new NikMismatchException(check.mismatches());
        }
        return check;
    }

    private static boolean validNeighbourhood(String value) {
        return value == null || value.isBlank() || value.strip().matches("\\d{1,3}");
    }

    private static HouseholdAddress normalized(HouseholdAddress address) {
        String kk = blankToNull(address.kkNumber());
        return new HouseholdAddress(kk == null ? null : KkNumber.parse(kk).orElseThrow().value(),
                blankToNull(address.street()), blankToNull(address.rt()), blankToNull(address.rw()),
                blankToNull(address.kelurahanCode()));
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static HouseholdMember member(Household household, long memberId) {
        return household.getMembers().stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("member"));
    }

    /** The roster's form has no birthplace (the client pages do): an edit here must not erase it. */
    private static PersonFacts keepingWhatTheFormDoesNotShow(PersonFacts facts, Person person) {
        if (facts.birthplace() != null || person.getBirthplace() == null) {
            return facts;
        }
        return new PersonFacts(facts.fullName(), facts.nik(), facts.sex(), facts.birthDate(), facts.birthYear(),
                facts.birthYearEstimated(), person.getBirthplace(), facts.maternalStatus(), facts.deliveryDate(),
                facts.schooling(), facts.severeDisability(), facts.disabilityType());
    }

    private void recordDocuments(Person person, Map<DocumentType, DocumentStatus> documents) {
        if (documents != null) {
            documents.forEach((type, status) -> {
                if (status != null && status != person.document(type)) {
                    person.recordDocument(type, status, null);
                }
            });
        }
    }

    private void changed(long householdId) {
        events.publishEvent(new HouseholdChanged(householdId, clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
