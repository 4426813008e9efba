package id.lentera.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HomeVisits extends JpaRepository<HomeVisit, Long> {

    Optional<HomeVisit> findByRecordKey(UUID key);

    Optional<HomeVisit> findByScheduleKey(UUID key);

    /** Serialises two saves of the same visit (a double tap): the second waits, then sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from HomeVisit v where v.id = :id")
    Optional<HomeVisit> findForUpdate(@Param("id") long id);

    @Query("select v from HomeVisit v where v.caseId = :caseId order by v.scheduledOn, v.id")
    List<HomeVisit> ofCase(@Param("caseId") long caseId);

    /**
     * The worker's planned visits up to {@code until} (overdue ones included), and for a supervisor
     * also the overdue ones of the teams they lead ({@code teams} holds -1 when none).
     */
    @Query("""
            select new id.lentera.visit.AgendaRow(v.id, v.caseId, v.clientId, v.householdId, v.workerId,
                   v.scheduledOn, v.scheduledTime, v.purpose, v.planNote)
              from HomeVisit v
             where v.status = id.lentera.visit.VisitStatus.PLANNED
               and ((v.workerId = :me and v.scheduledOn <= :until)
                    or (v.teamId in :teams and v.scheduledOn < :today))
             order by v.scheduledOn, v.scheduledTime nulls last, v.id""")
    Slice<AgendaRow> agenda(@Param("me") long me, @Param("teams") List<Long> teams, @Param("today") LocalDate today,
            @Param("until") LocalDate until, Pageable page);

    @Modifying
    @Query("""
            update HomeVisit v set v.workerId = :worker, v.version = v.version + 1
             where v.caseId = :caseId and v.status = id.lentera.visit.VisitStatus.PLANNED""")
    int movePlanned(@Param("caseId") long caseId, @Param("worker") long worker);

    /** Planned visits whose day is over, that the user may see ({@link VisitLists}), oldest first. */
    @Query(value = "select new id.lentera.visit.VisitListRow(v.id, v.caseId, v.clientId, v.workerId, v.status,"
            + " v.scheduledOn, v.visitedOn, v.purpose) from HomeVisit v" + OVERDUE + " order by v.scheduledOn, v.id",
            countQuery = "select count(v) from HomeVisit v" + OVERDUE)
    Page<VisitListRow> overdue(@Param("all") boolean all, @Param("me") long me, @Param("teams") List<Long> teams,
            @Param("worker") Long worker, @Param("team") Long team, @Param("today") LocalDate today, Pageable page);

    /** Visits done from {@code from} to {@code to} that the user may see, latest first. */
    @Query(value = "select new id.lentera.visit.VisitListRow(v.id, v.caseId, v.clientId, v.workerId, v.status,"
            + " v.scheduledOn, v.visitedOn, v.purpose) from HomeVisit v" + DONE + " order by v.visitedOn desc, v.id desc",
            countQuery = "select count(v) from HomeVisit v" + DONE)
    Page<VisitListRow> done(@Param("all") boolean all, @Param("me") long me, @Param("teams") List<Long> teams,
            @Param("worker") Long worker, @Param("team") Long team, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable page);

    String VISIBLE = " and (:all = true or v.workerId = :me or v.teamId in :teams)"
            + " and (:worker is null or v.workerId = :worker) and (:team is null or v.teamId = :team)";

    String OVERDUE = " where v.status = id.lentera.visit.VisitStatus.PLANNED and v.scheduledOn < :today" + VISIBLE;

    String DONE = " where v.status = id.lentera.visit.VisitStatus.DONE and v.visitedOn between :from and :to"
            + VISIBLE;
}
