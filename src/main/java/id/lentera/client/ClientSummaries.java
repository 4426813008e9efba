package id.lentera.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small read API for modules that work with clients (casework): one query per call. It decides no
 * visibility; callers check {@link ClientAccess} with {@link ClientSummary#registeredBy()} and
 * {@link ClientSummary#teamId()} where the user must be able to see the client.
 */
@Service
public class ClientSummaries {

    private static final String SELECT = """
            select c.id, p.full_name, c.alias, m.household_id, p.nik, c.registered_by, c.team_id
              from client c
              join person p on p.id = c.person_id
              left join household_member m on m.person_id = p.id and m.left_on is null
            """;

    private static final RowMapper<ClientSummary> ROW = (rs, i) -> new ClientSummary(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getObject(4, Long.class), Nik.mask(rs.getString(5)), rs.getLong(6),
            rs.getObject(7, Long.class));

    private final NamedParameterJdbcTemplate jdbc;

    ClientSummaries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ClientSummary> find(long clientId) {
        return jdbc.query(SELECT + " where c.id = :id", Map.of("id", clientId), ROW).stream().findFirst();
    }

    /** Display names by client id, in one query, for lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> clientIds) {
        return summaries(clientIds).values().stream()
                .collect(Collectors.toMap(ClientSummary::clientId, ClientSummary::displayName, (a, b) -> a));
    }

    /**
     * Each client's current kelurahan code, in one query (clients without one are left out); for
     * modules that keep the client's place with their own records.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> currentKelurahanCodes(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes = new java.util.HashMap<>();
        jdbc.query("select id, current_kelurahan_code from client where id = any(:ids) and current_kelurahan_code is not null",
                Map.of("ids", clientIds.toArray(Long[]::new)), rs -> {
                    codes.put(rs.getLong(1), rs.getString(2));
                });
        return codes;
    }

    /** Summaries by client id, in one query, for lists that need more than the name (the household). */
    @Transactional(readOnly = true)
    public Map<Long, ClientSummary> summaries(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query(SELECT + " where c.id in (:ids)", Map.of("ids", clientIds), ROW).stream()
                .collect(Collectors.toMap(ClientSummary::clientId, s -> s, (a, b) -> a));
    }

    /**
     * The PKH verdict code of each client's current household, for list badges: two queries (the
     * households, their verdicts), none when {@code verdicts} is absent or there is no client.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> verdictsOf(Collection<Long> clientIds, HouseholdVerdicts verdicts) {
        if (verdicts == null || clientIds.isEmpty()) {
            return Map.of();
        }
        return verdictsOf(summaries(clientIds), verdicts);
    }

    /** As {@link #verdictsOf(Collection, HouseholdVerdicts)} for summaries already loaded: one query. */
    public static Map<Long, String> verdictsOf(Map<Long, ClientSummary> summaries, HouseholdVerdicts verdicts) {
        if (verdicts == null) {
            return Map.of();
        }
        List<Long> households = summaries.values().stream().map(ClientSummary::householdId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (households.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> byHousehold = verdicts.verdicts(households);
        Map<Long, String> byClient = new java.util.HashMap<>();
        summaries.values().forEach(s -> {
            if (s.householdId() != null && byHousehold.containsKey(s.householdId())) {
                byClient.put(s.clientId(), byHousehold.get(s.householdId()));
            }
        });
        return byClient;
    }

    /** The clients one account registered, oldest first (the demo loader finds the demo clients so). */
    @Transactional(readOnly = true)
    public List<ClientSummary> findByRegisteredBy(long accountId) {
        return jdbc.query(SELECT + " where c.registered_by = :by order by c.registered_at, c.id",
                Map.of("by", accountId), ROW);
    }

    /** The first clients ever registered, oldest first: on the demo database, the demo clients. */
    @Transactional(readOnly = true)
    public List<ClientSummary> oldest(int limit) {
        return jdbc.query(SELECT + " order by c.registered_at, c.id limit :limit", Map.of("limit", limit), ROW);
    }

    /** Clients of a team that never had a case, newest first (the case generator gives them one). */
    @Transactional(readOnly = true)
    public List<ClientSummary> neverInACase(int limit) {
        return jdbc.query(SELECT + """
                 where c.team_id is not null
                   and not exists (select 1 from client_caseworker w where w.client_id = c.id)
                 order by c.id desc limit :limit""", Map.of("limit", limit), ROW);
    }
}
