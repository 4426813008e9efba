package id.lentera.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every case with who works on it, in one query: for the visit generator, which gives each case its
 * synthetic visits. Decides no visibility; never shown to a user.
 */
@Service
public class CaseInventory {

    private final NamedParameterJdbcTemplate jdbc;

    CaseInventory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One case: {@code closedOn} is null while it is open. */
    public record Entry(long caseId, long clientId, Long householdId, long workerId, Long teamId, Stage stage,
            LocalDate openedOn, LocalDate closedOn) {
    }

    @Transactional(readOnly = true)
    public List<Entry> all() {
        return jdbc.query("""
                select id, client_id, household_id, worker_id, team_id, stage, opened_on, closed_on
                  from case_file order by id""", Map.of(), (rs, i) -> new Entry(rs.getLong("id"), rs.getLong("client_id"),
                rs.getObject("household_id", Long.class), rs.getLong("worker_id"), rs.getObject("team_id", Long.class),
                Stage.valueOf(rs.getString("stage")), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class)));
    }
}
