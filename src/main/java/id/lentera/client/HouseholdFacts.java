package id.lentera.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.lentera.account.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What PKH eligibility needs to know of many households at once: every member (former ones too,
 * with the date they left) with their facts and the documents that count, the household's KK and
 * kelurahan, and its current registry entry. Two queries per call, whatever the number of
 * households, so a nightly run over the whole city goes by batches.
 */
@Service
public class HouseholdFacts {

    /** One person on the roster, current or former, as PKH looks at them. */
    public record Member(long memberId, long personId, String fullName, Relationship relationship, Sex sex,
            LocalDate birthDate, Integer birthYear, MaternalStatus maternalStatus, LocalDate deliveryDate,
            Schooling schooling, TriState severeDisability, LocalDate deceasedOn, LocalDate leftOn,
            DocumentStatus ktpEl, DocumentStatus kk) {

        public boolean head() {
            return relationship == Relationship.HEAD && leftOn == null;
        }
    }

    /** The latest registry check; null in {@link Facts} when the household was never checked. */
    public record Registration(Registry registry, RegistryState status, Integer decile, LocalDate checkedOn,
            String reason) {
    }

    public record Facts(long householdId, String kelurahanCode, boolean hasKkNumber, List<Member> members,
            Registration registration) {

        public Member head() {
            return members.stream().filter(Member::head).findFirst().orElse(null);
        }
    }

    private static final String MEMBERS = """
            select h.id as household_id, h.kelurahan_code, h.kk_number is not null as has_kk,
                   m.id as member_id, m.relationship, m.left_on,
                   p.id as person_id, p.full_name, p.sex, p.birth_date, p.birth_year, p.maternal_status,
                   p.delivery_date, p.schooling, p.severe_disability, p.deceased_on,
                   ktp.status as ktp_el, kk.status as kk
              from household h
              left join household_member m on m.household_id = h.id
              left join person p on p.id = m.person_id
              left join person_document ktp on ktp.person_id = p.id and ktp.type = 'KTP_EL'
              left join person_document kk on kk.person_id = p.id and kk.type = 'KK'
             where h.id in (:ids)
             order by h.id, m.id""";

    // the household page's order: by date checked, then when recorded
    private static final String REGISTRY = """
            select distinct on (household_id) household_id, registry, status, decile, checked_on, reason
              from registry_status where household_id in (:ids)
             order by household_id, checked_on desc, recorded_at desc, id desc""";

    private final NamedParameterJdbcTemplate jdbc;
    private final HouseholdAccess access;
    private final ClientAccess clients;

    HouseholdFacts(NamedParameterJdbcTemplate jdbc, HouseholdAccess access, ClientAccess clients) {
        this.jdbc = jdbc;
        this.access = access;
        this.clients = clients;
    }

    /** The facts of these households by id; unknown ids are left out. Two queries. */
    @Transactional(readOnly = true)
    public Map<Long, Facts> of(Collection<Long> householdIds) {
        Map<Long, Facts> facts = new LinkedHashMap<>();
        if (householdIds.isEmpty()) {
            return facts;
        }
        var ids = new MapSqlParameterSource("ids", householdIds);
        Map<Long, Registration> registrations = new java.util.HashMap<>();
        jdbc.query(REGISTRY, ids, rs -> {
            registrations.put(rs.getLong("household_id"), new Registration(Registry.valueOf(rs.getString("registry")),
                    RegistryState.valueOf(rs.getString("status")), rs.getObject("decile", Integer.class),
                    rs.getObject("checked_on", LocalDate.class), rs.getString("reason")));
        });
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        Map<Long, Address> households = new LinkedHashMap<>();
        jdbc.query(MEMBERS, ids, rs -> {
            long id = rs.getLong("household_id");
            if (!households.containsKey(id)) {
                households.put(id, new Address(rs.getString("kelurahan_code"), rs.getBoolean("has_kk")));
                members.put(id, new ArrayList<>());
            }
            if (rs.getObject("member_id") != null) {
                members.get(id).add(member(rs));
            }
        });
        households.forEach((id, h) -> facts.put(id, new Facts(id, h.kelurahanCode(), h.hasKk(),
                List.copyOf(members.get(id)), registrations.get(id))));
        return facts;
    }

    /** Household ids above {@code afterId}, ascending: for going through all households in batches. */
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.queryForList("select id from household where id > :after order by id limit :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit), Long.class);
    }

    /** 404 unless the user may see the household (by the household page's rules); 403 for the admin. */
    public void requireVisible(long householdId, CurrentUser user) {
        access.requireVisible(householdId, user);
    }

    /** As {@link #requireVisible}, and 403 for those who only read. */
    public void requireEditable(long householdId, CurrentUser user) {
        access.requireEditable(householdId, user);
    }

    /**
     * The household visibility rule as an SQL condition on a household id column of another
     * module's query, to be bound with {@link ClientAccess.Visibility#bind}: the household of a client
     * the user may see (the household page's rule), so lists never show what the page would refuse.
     */
    public static String visibleHousehold(String householdIdColumn) {
        return "exists (select 1 from household_member m join client c on c.person_id = m.person_id"
                + " where m.household_id = " + householdIdColumn + " and " + ClientAccess.VISIBLE + ")";
    }

    /** Who the user may see, for {@link #visibleHousehold}. */
    public ClientAccess.Visibility visibility(CurrentUser user) {
        return clients.of(user);
    }

    private record Address(String kelurahanCode, boolean hasKk) {
    }

    private static Member member(ResultSet rs) throws SQLException {
        String schooling = rs.getString("schooling");
        String ktp = rs.getString("ktp_el");
        String kk = rs.getString("kk");
        return new Member(rs.getLong("member_id"), rs.getLong("person_id"), rs.getString("full_name"),
                Relationship.valueOf(rs.getString("relationship")), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getObject("birth_year", Integer.class),
                MaternalStatus.valueOf(rs.getString("maternal_status")), rs.getObject("delivery_date", LocalDate.class),
                schooling == null ? null : Schooling.valueOf(schooling),
                TriState.valueOf(rs.getString("severe_disability")), rs.getObject("deceased_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class),
                ktp == null ? DocumentStatus.UNKNOWN : DocumentStatus.valueOf(ktp),
                kk == null ? DocumentStatus.UNKNOWN : DocumentStatus.valueOf(kk));
    }
}
