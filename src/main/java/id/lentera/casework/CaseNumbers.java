package id.lentera.casework;

import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code KS-2026-000123}: one sequence per year in the database. The upsert takes a
 * row lock on the year's counter, so two cases opened at once never get the same number.
 */
@Component
class CaseNumbers {

    private final NamedParameterJdbcTemplate jdbc;

    CaseNumbers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(int year) {
        Integer number = jdbc.queryForObject("""
                insert into case_number_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = case_number_counter.last_number + 1
                returning last_number""", Map.of("year", year), Integer.class);
        return format(year, number);
    }

    static String format(int year, int number) {
        return "KS-%d-%06d".formatted(year, number);
    }
}
