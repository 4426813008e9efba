package id.lentera.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    @Query(value = """
            select e from AuditEntry e
             where (:category is null or e.category = :category)
               and (:text = '%' or lower(e.actor) like :text or lower(e.target) like :text)
             order by e.occurredAt desc, e.id desc""",
            countQuery = """
            select count(e) from AuditEntry e
             where (:category is null or e.category = :category)
               and (:text = '%' or lower(e.actor) like :text or lower(e.target) like :text)""")
    Page<AuditEntry> search(@Param("category") String category, @Param("text") String likePattern,
            Pageable pageable);

    /** The latest entries of some actions about one target; by the index on lower(target). */
    @Query("""
            select e from AuditEntry e
             where lower(e.target) = lower(:target) and e.category = :category and e.action in :actions
             order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> openings(@Param("category") String category, @Param("target") String target,
            @Param("actions") Collection<String> actions, Pageable pageable);
}
