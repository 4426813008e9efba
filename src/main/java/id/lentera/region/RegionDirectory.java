package id.lentera.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.lentera.shared.LikePatterns;
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

    /** A kecamatan with its desa/kelurahan, for choosing one of a city's kelurahan from a list. */
    public record District(String code, String name, List<Region> villages) {
    }

    /** The kecamatan of a kabupaten/kota with their desa/kelurahan, by name; one query. */
    public List<District> districtsWithVillages(String regencyCode) {
        Map<String, District> districts = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select v.code, v.name, v.level, v.parent_code, d.name as district_name
                  from region v join region d on d.code = v.parent_code
                 where d.parent_code = :regency and v.level = 'VILLAGE'
                 order by d.name, v.name""", new MapSqlParameterSource("regency", regencyCode), rs -> {
            String districtCode = rs.getString("parent_code");
            String districtName = rs.getString("district_name");
            districts.computeIfAbsent(districtCode, c -> new District(c, districtName, new ArrayList<>()))
                    .villages().add(ROW.mapRow(rs, 0));
        });
        return List.copyOf(districts.values());
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

    /** Shortest text {@link #search} looks for: one letter would match most of the country. */
    public static final int SEARCH_MIN_LENGTH = 2;

    private static final RowMapper<RegionMatch> MATCH = (rs, i) -> new RegionMatch(rs.getString("code"),
            rs.getString("name"), RegionLevel.valueOf(rs.getString("level")), within(rs.getString("parent_name"),
                    rs.getString("grandparent_name")));

    /**
     * Regions whose name contains {@code text} (any case), for a type-ahead: those inside
     * {@code preferWithin} first (the office's city, say), then names that start with the text,
     * then shorter names. One query, served by the trigram index on the name.
     *
     * @param level only regions of this level, or null for any
     * @param preferWithin a region code whose regions come first, or null
     */
    public List<RegionMatch> search(String text, RegionLevel level, String preferWithin, int limit) {
        String normalized = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (normalized.length() < SEARCH_MIN_LENGTH) {
            return List.of();
        }
        String contains = LikePatterns.contains(normalized);
        var params = new MapSqlParameterSource()
                .addValue("contains", contains)
                .addValue("startsWith", contains.substring(1))
                .addValue("level", level == null ? null : level.name())
                .addValue("prefer", RegionCode.isValid(preferWithin) ? preferWithin + "%" : "")
                .addValue("limit", Math.max(1, Math.min(limit, 50)));
        return jdbc.query("""
                select r.code, r.name, r.level, p.name as parent_name, g.name as grandparent_name
                  from region r
                  left join region p on p.code = r.parent_code
                  left join region g on g.code = p.parent_code
                 where lower(r.name) like :contains
                   and (cast(:level as varchar) is null or r.level = cast(:level as varchar))
                 order by case when r.code like :prefer then 0 else 1 end,
                          case when lower(r.name) like :startsWith then 0 else 1 end,
                          length(r.name), r.name, r.code
                 limit :limit""", params, MATCH);
    }

    /** The regions directly below {@code parentCode} (the provinces when null), with where they lie. */
    public List<RegionMatch> childMatches(String parentCode) {
        boolean top = parentCode == null || parentCode.isBlank();
        return jdbc.query("""
                select r.code, r.name, r.level, p.name as parent_name, g.name as grandparent_name
                  from region r
                  left join region p on p.code = r.parent_code
                  left join region g on g.code = p.parent_code
                 where %s
                 order by r.name, r.code""".formatted(top ? "r.parent_code is null" : "r.parent_code = :parent"),
                new MapSqlParameterSource("parent", parentCode), MATCH);
    }

    private static String within(String parentName, String grandparentName) {
        if (parentName == null) {
            return "";
        }
        return grandparentName == null ? parentName : parentName + ", " + grandparentName;
    }
}
