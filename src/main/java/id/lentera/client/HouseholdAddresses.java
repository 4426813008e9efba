package id.lentera.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where households live, for lists of other modules (the visit agenda), in one query whatever the
 * number asked. Never the KK number. Decides no visibility: callers list only what the user may see.
 */
@Service
public class HouseholdAddresses {

    private final NamedParameterJdbcTemplate jdbc;

    HouseholdAddresses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<Long, HouseholdAddress> of(Collection<Long> householdIds) {
        Map<Long, HouseholdAddress> addresses = new HashMap<>();
        if (householdIds.isEmpty()) {
            return addresses;
        }
        jdbc.query("select id, street, rt, rw, kelurahan_code from household where id in (:ids)",
                new MapSqlParameterSource("ids", householdIds), rs -> {
                    addresses.put(rs.getLong(1), new HouseholdAddress(null, rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                });
        return addresses;
    }
}
