package id.lentera.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PpksCategories extends JpaRepository<PpksCategory, Long> {

    List<PpksCategory> findAllByOrderBySortOrder();
}
