package id.lentera.eligibility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitTableRows extends JpaRepository<BenefitTableRow, Long> {

    /** Newest first. */
    List<BenefitTableRow> findAllByOrderByEffectiveFromDescIdDesc();
}
