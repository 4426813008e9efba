package id.lentera.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Clients extends JpaRepository<Client, Long> {

    Optional<Client> findByPersonId(long personId);
}
