package id.lentera.client;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HousingSurveyRecords extends JpaRepository<HousingSurvey, Long> {

    List<HousingSurvey> findByHouseholdIdOrderBySurveyedOnDescIdDesc(long householdId);

    Optional<HousingSurvey> findFirstByHouseholdIdOrderBySurveyedOnDescIdDesc(long householdId);

}
