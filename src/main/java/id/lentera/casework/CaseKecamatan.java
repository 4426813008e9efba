package id.lentera.casework;

import id.lentera.client.ClientMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the kecamatan on a client's cases current when the client moves. It listens inside the
 * client's saving transaction (not after commit), so the figures never see the client and their
 * cases in different places. A plain update, not a case save: the case's version stays, so a
 * worker's open form of the case does not turn stale because the client moved.
 */
@Component
class CaseKecamatan {

    private final NamedParameterJdbcTemplate jdbc;

    CaseKecamatan(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientMoved moved) {
        jdbc.update("""
                update case_file set kecamatan = :kecamatan
                 where client_id = :client and kecamatan is distinct from :kecamatan""",
                new MapSqlParameterSource("client", moved.clientId())
                        .addValue("kecamatan", CaseFile.kecamatanOf(moved.kelurahanCode()), java.sql.Types.VARCHAR));
    }
}
