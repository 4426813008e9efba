package id.lentera.client;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamDirectory;
import id.lentera.region.RegionDirectory;
import id.lentera.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a client's record. Whoever may not see the client gets a 404, as if it did not exist;
 * every opening is published for the access log. Read-write transactions on purpose: the access
 * log entry is written in the same transaction as the read. The head of office reads NIK, KK and
 * document numbers masked, as on the household page, until they deliberately reveal them (an
 * opening of its own in the log). The supervisor of the client's team sees who opened the record.
 */
@Service
public class ClientRecords {

    private final Clients clients;
    private final ClientAccess access;
    private final ClientHistory history;
    private final RegionDirectory regions;
    private final TeamDirectory teams;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PpksCategories categories;
    private final ClientCaseworkers caseworkers;
    private final ObjectProvider<ClientAccessLog> accessLog;

    ClientRecords(PpksCategories categories, Clients clients, ClientAccess access, ClientHistory history, RegionDirectory regions,
            TeamDirectory teams, EntityManager entityManager, ApplicationEventPublisher events, Clock clock,
            ClientCaseworkers caseworkers, ObjectProvider<ClientAccessLog> accessLog) {
        this.accessLog = accessLog;
        this.caseworkers = caseworkers;
        this.clients = clients;
        this.access = access;
        this.history = history;
        this.regions = regions;
        this.teams = teams;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.categories = categories;
    }

    /** The PPKS categories, for the list's filter. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
    @Transactional(readOnly = true)
    public List<PpksChoice> ppksChoices() {
        return PpksChoice.activeOf(categories);
    }

    /** The client page: all details, household summary and change history. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR', 'HEAD_OF_OFFICE')")
    @Transactional
    public ClientView open(long clientId, CurrentUser user) {
        return view(clientId, user, true, ClientActivity.Kind.CLIENT_VIEWED);
    }

    /**
     * The client page with NIK, KK and document numbers whole, for the head of office who chose to
     * see them: recorded as a reveal. (Those who work on the client see them whole anyway.)
     */
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    @Transactional
    public ClientView revealIdentity(long clientId, CurrentUser user) {
        return view(clientId, user, true, ClientActivity.Kind.NIK_REVEALED);
    }

    /**
     * Who opened the client's record, newest first, for the supervisor of the client's team (the
     * clients a supervisor may open are those of their teams); nobody else, not even the head of
     * office. Empty when no access log is available.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<ClientView.Opening> accessLog(long clientId, CurrentUser user, int limit) {
        if (user.role() != Role.SUPERVISOR || !access.sees(user, clientId)) {
            throw new NotFoundException("client");
        }
        ClientAccessLog log = accessLog.getIfAvailable();
        if (log == null) {
            return List.of();
        }
        List<ClientAccessLog.Opening> openings = log.latestOpenings(clientId, limit);
        Map<String, String> names = teams.fullNamesByUsername(openings.stream()
                .map(ClientAccessLog.Opening::username).collect(java.util.stream.Collectors.toSet()));
        return openings.stream().map(o -> new ClientView.Opening(o.username(),
                names.getOrDefault(o.username(), o.username()), o.at(), o.kind())).toList();
    }

    /** The record to fill the edit form with; only for those who may change it. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
    @Transactional
    public ClientView openForEdit(long clientId, CurrentUser user) {
        return view(clientId, user, false, ClientActivity.Kind.CLIENT_VIEWED);
    }

    private ClientView view(long clientId, CurrentUser user, boolean withHistory, ClientActivity.Kind opening) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("client"));
        if (!access.sees(user, clientId)) {
            throw new NotFoundException("client");
        }
        events.publishEvent(new ClientActivity(clock.instant(), opening, user.username(), clientId));
        boolean masked = user.role() == Role.HEAD_OF_OFFICE && opening != ClientActivity.Kind.NIK_REVEALED;
        Person person = client.getPerson();
        List<PpksCategory> ppks = client.getPpksCategories().stream()
                .sorted(Comparator.comparingInt(PpksCategory::getSortOrder)).toList();
        String registeredBy = teams.fullNames(Set.of(client.getRegisteredBy())).get(client.getRegisteredBy());
        return new ClientView(client.getId(), client.getVersion(), person.getFullName(), client.getAlias(),
                masked ? Nik.mask(person.getNik()) : person.getNik(), client.getNikMissingReason(), person.getSex(),
                person.getBirthDate(),
                person.getBirthYear(), person.isBirthYearEstimated(), person.ageOn(LocalDate.now(clock)),
                person.getBirthplace(), client.getPhone(), client.getSituation(), client.getCurrentAddress(),
                client.getCurrentKelurahanCode(), describe(client.getCurrentKelurahanCode()),
                client.getOriginRegionCode(), describe(client.getOriginRegionCode()), client.getOccupation(),
                client.getIncomePerMonth(), client.getEducation(), client.getMaritalStatus(), client.getConsentOn(),
                client.isConsentToServices(), client.isConsentToShare(),
                ppks.stream().map(PpksCategory::getName).toList(), ppks.stream().map(PpksCategory::getId).toList(),
                documents(person, masked), household(person, masked), client.getRegisteredAt(), registeredBy,
                person.getNikWarningOverride(), client.getDuplicateOverrideReason(),
                user.role() == Role.SOCIAL_WORKER || user.role() == Role.SUPERVISOR,
                caseworkers.openCaseOf(clientId).orElse(null), withHistory ? history.of(client) : List.of(), masked);
    }

    /** Document numbers (the KTP-el's is the NIK, the KK's the KK number) masked like them when asked. */
    private static Map<DocumentType, DocumentHolding> documents(Person person, boolean masked) {
        if (!masked) {
            return Map.copyOf(person.getDocuments());
        }
        Map<DocumentType, DocumentHolding> documents = new java.util.EnumMap<>(DocumentType.class);
        person.getDocuments().forEach((type, holding) -> documents.put(type, new DocumentHolding(holding.status(),
                maskNumber(holding.number()))));
        return documents;
    }

    private static String maskNumber(String number) {
        if (number == null || number.length() <= 4) {
            return number == null ? null : "••••";
        }
        return number.length() == 16 ? Nik.mask(number)
                : number.substring(0, 2) + "•".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }

    private ClientView.HouseholdSummary household(Person person, boolean masked) {
        List<HouseholdMember> memberships = entityManager.createQuery("""
                select m from HouseholdMember m join fetch m.household
                 where m.person = :person and m.leftOn is null""", HouseholdMember.class)
                .setParameter("person", person).getResultList();
        if (memberships.isEmpty()) {
            return null;
        }
        HouseholdMember membership = memberships.get(0);
        Household household = membership.getHousehold();
        String headName = household.head().map(m -> m.getPerson().getFullName()).orElse(null);
        String kk = household.getKkNumber();
        return new ClientView.HouseholdSummary(household.getId(), masked && kk != null ? Nik.mask(kk) : kk,
                household.getStreet(),
                household.getRt(), household.getRw(), describe(household.getKelurahanCode()), headName,
                membership.getRelationship(), household.currentMembers().size());
    }

    private String describe(String code) {
        return code == null ? null : regions.describe(code);
    }
}
