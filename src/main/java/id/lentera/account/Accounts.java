package id.lentera.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Accounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsernameIgnoreCase(String username);

    long countByRoleAndActiveTrue(Role role);

    List<UserAccount> findByRoleAndActiveTrueOrderById(Role role);

    @Query(value = """
            select new id.lentera.account.AccountRow(a.id, a.username, a.fullName, a.role, t.name, a.active,
                   a.lockedUntil, a.lastLoginAt)
              from UserAccount a left join a.team t
             where (lower(a.username) like :text or lower(a.fullName) like :text)
               and (:role is null or a.role = :role)
               and (:teamId is null or t.id = :teamId)
               and (:active is null or a.active = :active)
             order by lower(a.fullName), a.id""",
            countQuery = """
            select count(a) from UserAccount a left join a.team t
             where (lower(a.username) like :text or lower(a.fullName) like :text)
               and (:role is null or a.role = :role)
               and (:teamId is null or t.id = :teamId)
               and (:active is null or a.active = :active)""")
    Page<AccountRow> search(@Param("text") String likePattern, @Param("role") Role role,
            @Param("teamId") Long teamId, @Param("active") Boolean active, Pageable pageable);

    @Query("""
            select new id.lentera.account.AccountChoice(a.id, a.fullName, a.username)
              from UserAccount a where a.role = :role and a.active = true order by lower(a.fullName)""")
    List<AccountChoice> activeChoices(@Param("role") Role role);

    @Query("""
            select new id.lentera.account.AccountRow(a.id, a.username, a.fullName, a.role, t.name, a.active,
                   a.lockedUntil, a.lastLoginAt)
              from UserAccount a left join a.team t where t.id = :teamId order by lower(a.fullName)""")
    List<AccountRow> members(@Param("teamId") long teamId);

    @Query("select t.id from Team t where t.supervisor.id = :accountId order by t.id")
    List<Long> teamIdsSupervisedBy(@Param("accountId") long accountId);

    @Query("select t.name from Team t where t.supervisor.id = :accountId order by t.name")
    List<String> teamsSupervisedBy(@Param("accountId") long accountId);

    /**
     * The accounts among {@code ids} with their team's name, and whether {@code me} may read their
     * team: {@code all}, themselves, an account of my own team or of a team I lead, or the supervisor
     * of one of those teams.
     */
    @Query("""
            select a.id, a.fullName, t.name,
                   case when :all = true or a.id = :me or t.id in (""" + READABLE_TEAMS + """
            ) or exists (select 1 from Team s where s.supervisor = a and s.id in (""" + READABLE_TEAMS + """
            )) then true else false end
              from UserAccount a left join a.team t where a.id in :ids""")
    List<Object[]> namesAsSeenBy(@Param("ids") java.util.Collection<Long> ids, @Param("me") long me,
            @Param("all") boolean all);

    /** The teams whose people {@code :me} may name: the teams they lead and their own. */
    String READABLE_TEAMS = """
            select r.id from Team r where r.supervisor.id = :me
                or r.id = (select ut.id from UserAccount u join u.team ut where u.id = :me)""";
}
