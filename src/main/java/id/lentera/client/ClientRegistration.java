package id.lentera.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TeamDirectory;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionLevel;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and editing clients: the module's API for it. Each call checks everything (form
 * rules, regions, NIK and KK against the records, likely duplicates), then saves in one
 * transaction. Warnings hold the save back until the worker gives a reason; errors refuse it.
 * Only workers and supervisors change client data; the head of office reads, the admin never.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'SUPERVISOR')")
public class ClientRegistration {

    private final People people;
    private final Clients clients;
    private final Households households;
    private final PpksCategories categories;
    private final DuplicateFinder duplicates;
    private final ClientAccess access;
    private final RegionDirectory regions;
    private final TeamDirectory teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final HouseholdJoins joins;
    private final java.util.function.Supplier<List<PpksChoice>> categoryChoices;

    ClientRegistration(People people, Clients clients, Households households, PpksCategories categories,
            DuplicateFinder duplicates, ClientAccess access, RegionDirectory regions, TeamDirectory teams,
            ApplicationEventPublisher events, Clock clock, EntityManager entityManager, HouseholdJoins joins) {
        this.people = people;
        this.clients = clients;
        this.households = households;
        this.categories = categories;
        this.duplicates = duplicates;
        this.access = access;
        this.regions = regions;
        this.teams = teams;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
        this.joins = joins;
        this.categoryChoices = () -> PpksChoice.activeOf(categories);
    }

    /** The PPKS categories to pick from; asking it also checks the user may register clients. */
    public List<PpksChoice> ppksChoices() {
        return categoryChoices.get();
    }

    /**
     * @throws ClientInputException when a rule is broken (shown next to the fields)
     * @return saved, or the warnings to pass first (likely duplicates, a NIK that disagrees)
     */
    @Transactional
    public RegistrationOutcome register(ClientRecord record, HouseholdPlan household, CurrentUser by) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>(ClientRules.check(record, household, today));
        checkRegions(record.details(), household, errors);
        Optional<Household> joined = Optional.empty();
        if (household.choice() == HouseholdPlan.Choice.JOIN && !errors.containsKey("joinKkNumber")) {
            joined = households.findByKkNumber(household.joinKkNumber());
            if (joined.isEmpty()) {
                errors.put("joinKkNumber", "client.kk.notFound");
            }
        }
        String newKk = household.choice() == HouseholdPlan.Choice.NEW ? household.address().kkNumber() : null;
        if (newKk != null && !errors.containsKey("kkNumber") && households.findByKkNumber(newKk).isPresent()) {
            errors.put("kkNumber", "client.kk.exists");
        }
        if (record.person().nik() != null && !errors.containsKey("nik")
                && !people.findLivingByNik(record.person().nik()).isEmpty()) {
            errors.put("nik", "client.nik.taken");
        }
        if (!errors.isEmpty()) {
            throw new ClientInputException(errors);
        }

        NikCheck nikCheck = NikCheck.of(record.person(), record.nikWarningOverride());
        List<DuplicateFinder.Candidate> similar = duplicates.find(probe(record, household), by).stream()
                .filter(c -> c.kind() == DuplicateFinder.Kind.SIMILAR_PERSON).toList();
        boolean unexplainedDuplicate = !similar.isEmpty() && isBlank(record.duplicateOverrideReason());
        if (nikCheck.heldBack() || unexplainedDuplicate) {
            return new RegistrationOutcome.NeedsConfirmation(similar, nikCheck.mismatches());
        }

        Instant now = clock.instant();
        Person person = people.save(new Person(record.person(), by.id(), now));
        record.documents().forEach((type, holding) -> person.recordDocument(type, holding.status(), holding.number()));
        Client client = new Client(person, by.id(), teamOf(by), now);
        client.describe(record.details(), new HashSet<>(categories.findAllById(record.details().ppksCategoryIds())));
        person.overrideNikWarning(nikCheck.reasonToKeep());
        if (!similar.isEmpty()) {
            client.overrideDuplicateWarning(record.duplicateOverrideReason().strip());
        }
        // knowing a KK number grants nothing: a household the worker cannot see is asked for, not joined
        boolean askToJoin = joined.isPresent() && !joins.sees(joined.get().getId(), by);
        Household home = switch (household.choice()) {
            case NEW -> {
                Household created = new Household(household.address(), by.id(), now);
                created.add(person, Relationship.HEAD, today);
                yield households.save(created);
            }
            case JOIN -> {
                if (askToJoin) {
                    yield null;
                }
                Household existing = joined.orElseThrow();
                existing.add(person, household.relationship(), today);
                yield existing;
            }
            case NONE -> null;
        };
        long id = clients.save(client).getId();
        events.publishEvent(new ClientActivity(now, ClientActivity.Kind.CLIENT_REGISTERED, by.username(), id));
        if (askToJoin) {
            joins.request(joined.get().getId(), id, household.relationship(), by, now);
        }
        if (home != null) {
            // a new member changes what the household may receive
            events.publishEvent(new HouseholdChanged(home.getId(), now));
        }
        return new RegistrationOutcome.Saved(id, askToJoin);
    }

    /**
     * Changes a client's record (not their household: that is the household pages' work).
     *
     * @param version the version the form was opened with
     * @throws StaleEditException when someone else saved the client in between
     * @throws NotFoundException when there is no such client or the worker may not see it
     */
    @Transactional
    public RegistrationOutcome update(long clientId, long version, ClientRecord record, CurrentUser by) {
        Client client = editable(clientId, by);
        Person person = client.getPerson();
        StaleEditException.check("client", version, client.getVersion());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>(ClientRules.check(record, null, today));
        checkRegions(record.details(), null, errors);
        String nik = record.person().nik();
        if (nik != null && !errors.containsKey("nik")
                && people.findLivingByNik(nik).stream().anyMatch(Predicate.not(person::equals))) {
            errors.put("nik", "client.nik.taken");
        }
        if (!errors.isEmpty()) {
            throw new ClientInputException(errors);
        }
        NikCheck nikCheck = NikCheck.of(record.person(), record.nikWarningOverride());
        if (nikCheck.heldBack()) {
            return new RegistrationOutcome.NeedsConfirmation(List.of(), nikCheck.mismatches());
        }
        String kelurahanBefore = client.getCurrentKelurahanCode();
        person.update(record.person());
        record.documents().forEach((type, holding) -> person.recordDocument(type, holding.status(), holding.number()));
        client.describe(record.details(), new HashSet<>(categories.findAllById(record.details().ppksCategoryIds())));
        person.overrideNikWarning(nikCheck.reasonToKeep());
        // a change of the person's facts alone must still make other open forms stale, and a save
        // committed after our load must still fail: the forced increment does both
        entityManager.lock(client, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        clients.saveAndFlush(client);
        Instant now = clock.instant();
        events.publishEvent(new ClientActivity(now, ClientActivity.Kind.CLIENT_UPDATED, by.username(), clientId));
        if (!java.util.Objects.equals(kelurahanBefore, client.getCurrentKelurahanCode())) {
            events.publishEvent(new ClientMoved(clientId, client.getCurrentKelurahanCode()));
        }
        // the client's own facts (birth date, documents, ...) are facts of their household too
        households.currentHouseholdIdOf(person.getId())
                .ifPresent(householdId -> events.publishEvent(new HouseholdChanged(householdId, now)));
        return new RegistrationOutcome.Saved(clientId);
    }

    private Client editable(long clientId, CurrentUser by) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("client"));
        if (!access.sees(by, clientId)) {
            throw new NotFoundException("client");
        }
        return client;
    }

    private void checkRegions(ClientDetails details, HouseholdPlan household, Map<String, String> errors) {
        if (details.currentKelurahanCode() != null
                && !regions.exists(details.currentKelurahanCode(), RegionLevel.VILLAGE)) {
            errors.put("currentKelurahanCode", "client.kelurahan.unknown");
        }
        if (details.originRegionCode() != null && !regions.exists(details.originRegionCode())) {
            errors.put("originRegionCode", "client.region.unknown");
        }
        if (household != null && household.choice() == HouseholdPlan.Choice.NEW
                && household.address().kelurahanCode() != null && !errors.containsKey("householdKelurahanCode")
                && !regions.exists(household.address().kelurahanCode(), RegionLevel.VILLAGE)) {
            errors.put("householdKelurahanCode", "client.kelurahan.unknown");
        }
    }

    private static DuplicateFinder.Probe probe(ClientRecord record, HouseholdPlan household) {
        String kelurahan = household.choice() == HouseholdPlan.Choice.NEW ? household.address().kelurahanCode() : null;
        if (kelurahan == null) {
            kelurahan = record.details().currentKelurahanCode();
        }
        String kecamatan = kelurahan == null || kelurahan.length() < 8 ? null : kelurahan.substring(0, 8);
        PersonFacts person = record.person();
        return new DuplicateFinder.Probe(person.fullName(), null, null, person.birthDate(),
                person.birthDate() == null ? person.birthYear() : null, kecamatan);
    }

    /** The team a new client belongs to: the worker's own, or for a supervisor the team they lead. */
    private Long teamOf(CurrentUser by) {
        if (by.teamId() != null || by.role() != Role.SUPERVISOR) {
            return by.teamId();
        }
        return teams.supervisedTeamIds(by.id()).stream().findFirst().orElse(null);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
