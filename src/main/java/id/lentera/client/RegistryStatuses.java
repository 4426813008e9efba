package id.lentera.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistryStatuses extends JpaRepository<RegistryStatusEntry, Long> {

    /** Newest first: the first is the current status. */
    List<RegistryStatusEntry> findByHouseholdIdOrderByCheckedOnDescRecordedAtDescIdDesc(long householdId);
}
