package id.lentera.client;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdJoinRequests extends JpaRepository<HouseholdJoinRequest, Long> {
}
