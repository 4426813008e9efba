package id.lentera.eligibility;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test data: a household's current PKH verdict written as the evaluation stores it, whatever the facts say. */
public final class StoredVerdicts {

    private StoredVerdicts() {
    }

    public static void store(JdbcTemplate jdbc, long householdId, String verdict, String kelurahan) {
        jdbc.update("""
                insert into household_eligibility (household_id, verdict, amount_per_year, fingerprint, verdict_since,
                       since_snapshot_id, evaluated_on, table_id, kelurahan_code, components, registry, ktp_el, kk)
                select ?, ?, 0, 'test', current_date, 0, current_date, (select min(id) from pkh_benefit_table), ?, '',
                       'UNKNOWN', 'UNKNOWN', 'UNKNOWN'
                on conflict (household_id) do update set verdict = excluded.verdict,
                       kelurahan_code = excluded.kelurahan_code""", householdId, verdict, kelurahan);
    }
}
