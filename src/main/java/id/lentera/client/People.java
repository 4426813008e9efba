package id.lentera.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface People extends JpaRepository<Person, Long> {

    @Query("select p from Person p where p.nik = :nik and p.deceasedOn is null")
    List<Person> findLivingByNik(@Param("nik") String nik);
}
