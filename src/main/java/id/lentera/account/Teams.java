package id.lentera.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Teams extends JpaRepository<Team, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query(value = """
            select new id.lentera.account.TeamRow(t.id, t.name, s.id, s.fullName,
                   (select count(a) from UserAccount a where a.team = t and a.active = true))
              from Team t left join t.supervisor s
             where lower(t.name) like :text
             order by lower(t.name), t.id""",
            countQuery = "select count(t) from Team t where lower(t.name) like :text")
    Page<TeamRow> search(@Param("text") String likePattern, Pageable pageable);

    @Query("""
            select new id.lentera.account.TeamChoice(t.id, t.name) from Team t order by lower(t.name)""")
    java.util.List<TeamChoice> choices();
}
