package id.lentera.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking regions up, for the other modules: does a code exist, what is it called, where does it
 * lie. Every method runs one query whatever the number of codes asked about.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

    private static final RowMapper<Region> ROW = (rs, i) -> new Region(rs.getString("code"), rs.getString("name"),
            RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));

    private final NamedParameterJdbcTemplate jdbc;

    RegionDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        if (!RegionCode.isValid(code)) {
            return Optional.empty();
        }
        return jdbc.query("select code, name, level, parent_code from region where code = :code",
                new MapSqlParameterSource("code", code), ROW).stream().findFirst();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Whether {@code code} is a known region of exactly that level (a kelurahan for an address, say). */
    public boolean exists(String code, RegionLevel level) {
        return find(code).filter(r -> r.level() == level).isPresent();
    }

    /** Names by code, for lists; unknown codes are left out. */
    public Map<String, String> names(Collection<String> codes) {
        List<String> valid = codes.stream().filter(RegionCode::isValid).distinct().toList();
        if (valid.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query("select code, name from region where code in (:codes)", new MapSqlParameterSource("codes", valid),
                rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    /** The region and every region it lies in, from the province down; empty when unknown. */
    public List<Region> path(String code) {
        if (!RegionCode.isValid(code)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (RegionCode c = new RegionCode(code); c != null; c = c.parent()) {
            codes.add(c.value());
        }
        return jdbc.query("select code, name, level, parent_code from region where code in (:codes) order by length(code)",
                new MapSqlParameterSource("codes", codes), ROW);
    }

    /** "Tanah Merah, Binjai Selatan, Kota Binjai": the region with its kecamatan and kabupaten/kota. */
    public String describe(String code) {
        List<Region> path = path(code);
        if (path.isEmpty()) {
            return code;
        }
        List<String> names = new ArrayList<>();
        for (int i = path.size() - 1; i >= 0 && names.size() < 3; i--) {
            if (path.get(i).level() != RegionLevel.PROVINCE || path.size() == 1) {
                names.add(path.get(i).name());
            }
        }
        return String.join(", ", names);
    }

    /** The regions directly below {@code parentCode} (the provinces when null), by name. */
    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return jdbc.query("select code, name, level, parent_code from region where parent_code is null order by name",
                    ROW);
        }
        return jdbc.query("select code, name, level, parent_code from region where parent_code = :parent order by name",
                new MapSqlParameterSource("parent", parentCode), ROW);
    }
}
