package id.lentera.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Households extends JpaRepository<Household, Long> {

    Optional<Household> findByKkNumber(String kkNumber);

    /**
     * The household with every member (current and former) and their person, in one query; their
     * documents follow in one more ({@link Person#getDocuments()} is batch-fetched). Fetching the
     * documents here too would repeat each member once per document in the members list.
     */
    @Query("""
            select distinct h from Household h
              left join fetch h.members m
              left join fetch m.person p
             where h.id = :id""")
    Optional<Household> findWithMembers(@Param("id") long id);

    /** The household the person currently belongs to, if any. */
    @Query("select m.household.id from HouseholdMember m where m.person.id = :personId and m.leftOn is null")
    Optional<Long> currentHouseholdIdOf(@Param("personId") long personId);

    @Query("select count(m) > 0 from HouseholdMember m where m.person.id = :personId and m.leftOn is null")
    boolean isCurrentMember(@Param("personId") long personId);
}
