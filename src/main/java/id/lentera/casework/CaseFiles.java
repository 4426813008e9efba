package id.lentera.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Case files, always read through who may see them: {@code all} (head of office), the cases whose
 * responsible worker is {@code me}, or those of the teams in {@code teams} (never empty; -1 for none).
 */
interface CaseFiles extends JpaRepository<CaseFile, Long> {

    String VISIBLE = "(:all = true or c.workerId = :me or c.teamId in :teams)";

    String FILTER = """
            and (:stage is null or c.stage = :stage)
            and (:risk is null or c.riskLevel = :risk)
            and (:status is null or c.status = :status)
            and (:awaiting = false or exists (select 1 from ApprovalRequest a
                                               where a.caseFile = c and a.state = id.lentera.casework.ApprovalState.PENDING))
            and c.lastActivityAt < :quietBefore
            and (:worker is null or c.workerId = :worker)
            and (:team is null or c.teamId = :team)""";

    @Query("select c from CaseFile c where c.id = :id and " + VISIBLE)
    Optional<CaseFile> findVisible(@Param("id") long id, @Param("all") boolean all, @Param("me") long me,
            @Param("teams") List<Long> teams);

    @Query(value = """
            select new id.lentera.casework.CaseRow(c.id, c.number, c.clientId, c.workerId, c.stage, c.stageSince,
                   c.status, c.riskLevel, c.lastActivityAt,
                   exists (select 1 from ApprovalRequest a
                            where a.caseFile = c and a.state = id.lentera.casework.ApprovalState.PENDING))
              from CaseFile c where """ + VISIBLE + FILTER + " order by c.lastActivityAt desc, c.id desc",
            countQuery = "select count(c) from CaseFile c where " + VISIBLE + FILTER)
    Page<CaseRow> caseload(@Param("all") boolean all, @Param("me") long me, @Param("teams") List<Long> teams,
            @Param("stage") Stage stage, @Param("risk") RiskLevel risk, @Param("status") CaseStatus status,
            @Param("awaiting") boolean awaiting, @Param("quietBefore") Instant quietBefore, @Param("worker") Long worker,
            @Param("team") Long team, Pageable pageable);

    /** As {@link #caseload}, in the order the pageable asks for (the supervisor's sortable drill-down). */
    @Query(value = """
            select new id.lentera.casework.CaseRow(c.id, c.number, c.clientId, c.workerId, c.stage, c.stageSince,
                   c.status, c.riskLevel, c.lastActivityAt,
                   exists (select 1 from ApprovalRequest a
                            where a.caseFile = c and a.state = id.lentera.casework.ApprovalState.PENDING))
              from CaseFile c where """ + VISIBLE + FILTER,
            countQuery = "select count(c) from CaseFile c where " + VISIBLE + FILTER)
    Page<CaseRow> sortedCaseload(@Param("all") boolean all, @Param("me") long me, @Param("teams") List<Long> teams,
            @Param("stage") Stage stage, @Param("risk") RiskLevel risk, @Param("status") CaseStatus status,
            @Param("awaiting") boolean awaiting, @Param("quietBefore") Instant quietBefore, @Param("worker") Long worker,
            @Param("team") Long team, Pageable pageable);

    /**
     * The rows of {@link #sortedCaseload} without its count, for callers that count otherwise (a
     * worker's whole open caseload in a team is counted from the summary).
     */
    @Query("""
            select new id.lentera.casework.CaseRow(c.id, c.number, c.clientId, c.workerId, c.stage, c.stageSince,
                   c.status, c.riskLevel, c.lastActivityAt,
                   exists (select 1 from ApprovalRequest a
                            where a.caseFile = c and a.state = id.lentera.casework.ApprovalState.PENDING))
              from CaseFile c where """ + VISIBLE + FILTER)
    List<CaseRow> sortedCaseloadRows(@Param("all") boolean all, @Param("me") long me, @Param("teams") List<Long> teams,
            @Param("stage") Stage stage, @Param("risk") RiskLevel risk, @Param("status") CaseStatus status,
            @Param("awaiting") boolean awaiting, @Param("quietBefore") Instant quietBefore, @Param("worker") Long worker,
            @Param("team") Long team, Pageable pageable);

    /** As {@link #caseload} without paging, read as it is written out (exports of any size). */
    @Query("""
            select new id.lentera.casework.CaseRow(c.id, c.number, c.clientId, c.workerId, c.stage, c.stageSince,
                   c.status, c.riskLevel, c.lastActivityAt,
                   exists (select 1 from ApprovalRequest a
                            where a.caseFile = c and a.state = id.lentera.casework.ApprovalState.PENDING))
              from CaseFile c where """ + VISIBLE + FILTER + " order by c.lastActivityAt desc, c.id desc")
    @org.springframework.data.jpa.repository.QueryHints({
            @jakarta.persistence.QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, value = "1000"),
            @jakarta.persistence.QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true")})
    java.util.stream.Stream<CaseRow> streamCaseload(@Param("all") boolean all, @Param("me") long me,
            @Param("teams") List<Long> teams, @Param("stage") Stage stage, @Param("risk") RiskLevel risk,
            @Param("status") CaseStatus status, @Param("awaiting") boolean awaiting,
            @Param("quietBefore") Instant quietBefore, @Param("worker") Long worker, @Param("team") Long team);

    /** Open cases per stage among those visible, for the counts above the caseload. */
    @Query("select c.stage, count(c) from CaseFile c where c.status = id.lentera.casework.CaseStatus.OPEN and "
            + VISIBLE + " group by c.stage")
    List<Object[]> openCountsByStage(@Param("all") boolean all, @Param("me") long me,
            @Param("teams") List<Long> teams);

    @Query("select c.id from CaseFile c where c.clientId = :clientId and c.status = id.lentera.casework.CaseStatus.OPEN")
    Optional<Long> openCaseOf(@Param("clientId") long clientId);

    @Query(value = """
            select new id.lentera.casework.ApprovalRow(c.id, c.number, c.clientId, c.workerId, c.stage, a.kind,
                   a.requestedBy, a.requestedAt, c.version)
              from ApprovalRequest a join a.caseFile c
             where a.state = id.lentera.casework.ApprovalState.PENDING and c.teamId in :teams
             order by a.requestedAt, a.id""",
            countQuery = """
            select count(a) from ApprovalRequest a join a.caseFile c
             where a.state = id.lentera.casework.ApprovalState.PENDING and c.teamId in :teams""")
    Page<ApprovalRow> pendingApprovals(@Param("teams") List<Long> teams, Pageable pageable);

}
