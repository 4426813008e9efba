package id.lentera.eligibility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Participations extends JpaRepository<Participation, Long> {

    /** Newest first: the first is the current status. */
    List<Participation> findByHouseholdIdOrderBySinceDescRecordedAtDescIdDesc(long householdId);
}
