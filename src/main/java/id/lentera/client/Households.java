package id.lentera.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Households extends JpaRepository<Household, Long> {

    Optional<Household> findByKkNumber(String kkNumber);
}
