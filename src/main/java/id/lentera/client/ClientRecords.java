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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a client's record. Whoever may not see the client gets a 404, as if it did not exist;
 * every opening is published for the access log. Read-write transactions on purpose: the access
 * log entry is written in the same transaction as the read.
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

    ClientRecords(PpksCategories categories, Clients clients, ClientAccess access, ClientHistory history, RegionDirectory regions,
            TeamDirectory teams, EntityManager entityManager, ApplicationEventPublisher events, Clock clock,
            ClientCaseworkers caseworkers) {
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
        return view(clientId, user, true);
    }

    /** The record to fill the edit form with; only for those who may change it. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
    @Transactional
    public ClientView openForEdit(long clientId, CurrentUser user) {
        return view(clientId, user, false);
    }

    private ClientView view(long clientId, CurrentUser user, boolean withHistory) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("client"));
        if (!access.sees(user, clientId)) {
            throw new NotFoundException("client");
        }
        events.publishEvent(new ClientActivity(clock.instant(), ClientActivity.Kind.CLIENT_VIEWED, user.username(),
                clientId));
        Person person = client.getPerson();
        List<PpksCategory> ppks = client.getPpksCategories().stream()
                .sorted(Comparator.comparingInt(PpksCategory::getSortOrder)).toList();
        String registeredBy = teams.fullNames(Set.of(client.getRegisteredBy())).get(client.getRegisteredBy());
        return new ClientView(client.getId(), client.getVersion(), person.getFullName(), client.getAlias(),
                person.getNik(), client.getNikMissingReason(), person.getSex(), person.getBirthDate(),
                person.getBirthYear(), person.isBirthYearEstimated(), person.ageOn(LocalDate.now(clock)),
                person.getBirthplace(), client.getPhone(), client.getSituation(), client.getCurrentAddress(),
                client.getCurrentKelurahanCode(), describe(client.getCurrentKelurahanCode()),
                client.getOriginRegionCode(), describe(client.getOriginRegionCode()), client.getOccupation(),
                client.getIncomePerMonth(), client.getEducation(), client.getMaritalStatus(), client.getConsentOn(),
                client.isConsentToServices(), client.isConsentToShare(),
                ppks.stream().map(PpksCategory::getName).toList(), ppks.stream().map(PpksCategory::getId).toList(),
                Map.copyOf(person.getDocuments()), household(person), client.getRegisteredAt(), registeredBy,
                person.getNikWarningOverride(), client.getDuplicateOverrideReason(),
                user.role() == Role.SOCIAL_WORKER || user.role() == Role.SUPERVISOR,
                caseworkers.openCaseOf(clientId).orElse(null), withHistory ? history.of(client) : List.of());
    }

    private ClientView.HouseholdSummary household(Person person) {
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
        return new ClientView.HouseholdSummary(household.getId(), household.getKkNumber(), household.getStreet(),
                household.getRt(), household.getRw(), describe(household.getKelurahanCode()), headName,
                membership.getRelationship(), household.currentMembers().size());
    }

    private String describe(String code) {
        return code == null ? null : regions.describe(code);
    }
}
