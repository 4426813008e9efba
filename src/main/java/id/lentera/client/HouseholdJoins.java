package id.lentera.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a household one cannot see. A KK number is printed on every family card, so knowing it
 * must grant nothing: registering a client into such a household asks the supervisors who see
 * the household (those of the teams working with its members). Until one of them accepts, the
 * client is in no household and their worker sees nothing of the family; once accepted, the client
 * is a member like any other. Every request and decision is in the access log.
 */
@Service
public class HouseholdJoins {

    /** How long decided requests stay on the supervisors' list. */
    private static final Duration DECIDED_SHOWN = Duration.ofDays(30);

    private static final String ROWS = """
            select r.id, r.version, r.household_id, h.kk_number, r.client_id, p.full_name, p.sex, p.birth_date,
                   p.birth_year, r.relationship, r.requested_by, r.requested_at, r.state, r.decided_by, r.decided_at,
                   r.comment,
                   (select hp.full_name from household_member hm join person hp on hp.id = hm.person_id
                     where hm.household_id = h.id and hm.relationship = 'HEAD' and hm.left_on is null) as head_name
              from household_join_request r
              join household h on h.id = r.household_id
              join client jc on jc.id = r.client_id
              join person p on p.id = jc.person_id
            """;

    /** The household is one the user sees through a member who is a client they may open. */
    private static final String HOUSEHOLD_VISIBLE = """
            exists (select 1 from household_member m join client c on c.person_id = m.person_id
                     where m.household_id = r.household_id and """ + ClientAccess.VISIBLE + ")";

    private final HouseholdJoinRequests requests;
    private final Households households;
    private final Clients clients;
    private final HouseholdAccess householdAccess;
    private final ClientAccess clientAccess;
    private final TeamDirectory teams;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdJoins(HouseholdJoinRequests requests, Households households, Clients clients,
            HouseholdAccess householdAccess, ClientAccess clientAccess, TeamDirectory teams,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.households = households;
        this.clients = clients;
        this.householdAccess = householdAccess;
        this.clientAccess = clientAccess;
        this.teams = teams;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A request as the supervisors' list and the client page show it; NIK never, KK masked. */
    public record Request(long id, long version, long householdId, String kkMasked, String headName, long clientId,
            String clientName, Sex sex, Integer birthYear, Relationship relationship, String requestedBy,
            Instant requestedAt, String state, String decidedBy, Instant decidedAt, String comment) {

        public boolean pending() {
            return "PENDING".equals(state);
        }

        /** As the asking worker may see it: nothing of the family but the masked KK they typed. */
        Request withoutHead() {
            return new Request(id, version, householdId, kkMasked, null, clientId, clientName, sex, birthYear,
                    relationship, requestedBy, requestedAt, state, decidedBy, decidedAt, comment);
        }
    }

    /** Whether {@code user} sees the household already (then they join it at once, as before). */
    boolean sees(long householdId, CurrentUser user) {
        return householdAccess.sees(householdId, user);
    }

    /** Asks to put the just-registered client into the household; part of the registration's transaction. */
    void request(long householdId, long clientId, Relationship relationship, CurrentUser by, Instant now) {
        requests.save(new HouseholdJoinRequest(householdId, clientId, relationship, by.id(), now));
        events.publishEvent(new ClientActivity(now, ClientActivity.Kind.HOUSEHOLD_JOIN_REQUESTED, by.username(),
                clientId));
    }

    /**
     * The supervisor's list: pending requests for households they see, then those decided in the
     * last 30 days (the cross-team joins of their teams' families). Two queries, whatever the count.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Request> forSupervisor(CurrentUser supervisor) {
        MapSqlParameterSource params = clientAccess.of(supervisor).bind(new MapSqlParameterSource()
                .addValue("since", java.sql.Timestamp.from(clock.instant().minus(DECIDED_SHOWN))));
        return rows(ROWS + " where " + HOUSEHOLD_VISIBLE + """
                 and (r.state = 'PENDING' or r.decided_at > :since)
               order by r.state = 'PENDING' desc, coalesce(r.decided_at, r.requested_at) desc
               limit 100""", params);
    }

    /**
     * The client's latest request, for the client page (waiting, or refused with the supervisor's
     * reason); empty unless the user may open the client. The household's head and KK stay hidden:
     * the worker knew the KK, nothing more.
     */
    @Transactional(readOnly = true)
    public Optional<Request> latestOf(long clientId, CurrentUser user) {
        if (!clientAccess.sees(user, clientId)) {
            return Optional.empty();
        }
        return rows(ROWS + " where r.client_id = :client order by r.id desc limit 1",
                new MapSqlParameterSource("client", clientId)).stream().findFirst()
                .map(Request::withoutHead);
    }

    /**
     * Puts the client into the household.
     *
     * @throws NotFoundException unless the supervisor sees the household
     * @throws StaleEditException when the request changed since the page was shown
     * @throws ClientRuleException when it was decided already, or the client has a household by now
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void accept(long requestId, long version, CurrentUser supervisor) {
        HouseholdJoinRequest request = decidable(requestId, version, supervisor);
        Client client = clients.findById(request.getClientId()).orElseThrow(() -> new NotFoundException("client"));
        if (households.isCurrentMember(client.getPerson().getId())) {
            throw new ClientRuleException("household.join.hasHousehold");
        }
        Household household = households.findWithMembers(request.getHouseholdId())
                .orElseThrow(() -> new NotFoundException("household"));
        Instant now = clock.instant();
        household.add(client.getPerson(), request.getRelationship(), java.time.LocalDate.now(clock));
        request.accept(supervisor.id(), now);
        requests.saveAndFlush(request);
        events.publishEvent(new ClientActivity(now, ClientActivity.Kind.HOUSEHOLD_JOIN_ACCEPTED,
                supervisor.username(), request.getClientId()));
        events.publishEvent(new HouseholdChanged(household.getId(), now));
    }

    /** Leaves the client out of the household, with the supervisor's reason for the worker. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void refuse(long requestId, long version, String comment, CurrentUser supervisor) {
        HouseholdJoinRequest request = decidable(requestId, version, supervisor);
        Instant now = clock.instant();
        request.refuse(supervisor.id(), comment == null || comment.isBlank() ? null : comment.strip(), now);
        requests.saveAndFlush(request);
        events.publishEvent(new ClientActivity(now, ClientActivity.Kind.HOUSEHOLD_JOIN_REFUSED,
                supervisor.username(), request.getClientId()));
    }

    private HouseholdJoinRequest decidable(long requestId, long version, CurrentUser supervisor) {
        HouseholdJoinRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("join request"));
        householdAccess.requireVisible(request.getHouseholdId(), supervisor);
        StaleEditException.check("join request", version, request.getVersion());
        return request;
    }

    private List<Request> rows(String sql, MapSqlParameterSource params) {
        List<Raw> raw = jdbc.query(sql, params, (rs, i) -> {
            java.sql.Timestamp decidedAt = rs.getTimestamp("decided_at");
            java.time.LocalDate birthDate = rs.getObject("birth_date", java.time.LocalDate.class);
            Integer birthYear = birthDate != null ? Integer.valueOf(birthDate.getYear()) : (Integer) rs.getObject("birth_year");
            return new Raw(new Request(rs.getLong("id"), rs.getLong("version"), rs.getLong("household_id"),
                    Nik.mask(rs.getString("kk_number")), rs.getString("head_name"), rs.getLong("client_id"),
                    rs.getString("full_name"), Sex.valueOf(rs.getString("sex")), birthYear,
                    Relationship.valueOf(rs.getString("relationship")), null,
                    rs.getTimestamp("requested_at").toInstant(), rs.getString("state"), null,
                    decidedAt == null ? null : decidedAt.toInstant(), rs.getString("comment")),
                    rs.getLong("requested_by"), (Long) rs.getObject("decided_by"));
        });
        Set<Long> people = new HashSet<>();
        raw.forEach(r -> {
            people.add(r.requestedBy());
            if (r.decidedBy() != null) {
                people.add(r.decidedBy());
            }
        });
        Map<Long, String> names = people.isEmpty() ? Map.of() : teams.fullNames(people);
        return raw.stream().map(r -> r.named(names)).toList();
    }

    /** A row before the names of the people in it are known (one query for all of them). */
    private record Raw(Request request, long requestedBy, Long decidedBy) {

        Request named(Map<Long, String> names) {
            Request q = request;
            return new Request(q.id(), q.version(), q.householdId(), q.kkMasked(), q.headName(), q.clientId(),
                    q.clientName(), q.sex(), q.birthYear(), q.relationship(), names.getOrDefault(requestedBy, ""),
                    q.requestedAt(), q.state(), decidedBy == null ? null : names.getOrDefault(decidedBy, ""),
                    q.decidedAt(), q.comment());
        }
    }
}
