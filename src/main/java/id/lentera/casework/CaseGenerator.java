package id.lentera.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.lentera.account.TeamRoster;
import id.lentera.client.ClientCaseworkers;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with synthetic cases for measuring ({@link CaseGenerationProperties}): clients
 * of a team who never had a case get one each, opened over the last three years by the worker who
 * registered them, spread over the six stages (a quarter closed), with their stage moves, the
 * first assignment, problems with barrier categories from assessment on, a goal from planning on,
 * plan approvals by the team's supervisor (some still pending), an activity from intervention on
 * and numbers continuing the year's counter. Set-based SQL in one transaction; runs after the
 * client generator. Generated cases have no Envers history and no audit entries. The summary
 * triggers are switched off for the bulk transaction (lentera.bulk_load) and the summaries rebuilt
 * at its end.
 */
@Component
@Order(16)
class CaseGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseGenerator.class);

    private final CaseGenerationProperties properties;
    private final ClientSummaries clients;
    private final ClientCaseworkers caseworkers;
    private final TeamRoster roster;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseGenerator(CaseGenerationProperties properties, ClientSummaries clients, ClientCaseworkers caseworkers,
            TeamRoster roster, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.clients = clients;
        this.caseworkers = caseworkers;
        this.roster = roster;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How many cases a run wrote and how long it took. */
    record Result(int cases, long seconds) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.cases() > 0) {
            generate(properties.cases());
        }
    }

    Result generate(int cases) {
        long started = System.nanoTime();
        List<ClientSummary> chosen = clients.neverInACase(cases);
        Map<Long, Long> supervisors = new HashMap<>();
        chosen.stream().map(ClientSummary::teamId).distinct()
                .forEach(team -> roster.supervisorOf(team).ifPresent(s -> supervisors.put(team, s)));
        Map<Long, String> kelurahan = clients.currentKelurahanCodes(chosen.stream().map(ClientSummary::clientId).toList());
        Integer written = transactions.execute(status -> write(chosen, supervisors, kelurahan));
        Result result = new Result(written == null ? 0 : written, (System.nanoTime() - started) / 1_000_000_000L);
        log.info("Generated {} cases in {} s", result.cases(), result.seconds());
        return result;
    }

    private int write(List<ClientSummary> chosen, Map<Long, Long> supervisors, Map<Long, String> kelurahan) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("seed", (properties.seed() % 1000) / 1000.0)
                .addValue("now", Timestamp.from(now))
                .addValue("clients", chosen.stream().map(ClientSummary::clientId).toArray(Long[]::new))
                .addValue("households", chosen.stream().map(ClientSummary::householdId).toArray(Long[]::new))
                .addValue("workers", chosen.stream().map(ClientSummary::registeredBy).toArray(Long[]::new))
                .addValue("teams", chosen.stream().map(ClientSummary::teamId).toArray(Long[]::new))
                .addValue("supervisors", chosen.stream().map(c -> supervisors.get(c.teamId())).toArray(Long[]::new))
                .addValue("kecamatans", chosen.stream().map(c -> CaseFile.kecamatanOf(kelurahan.get(c.clientId())))
                        .toArray(String[]::new));
        // the summaries' triggers stand aside for this transaction; they are rebuilt once at the end
        jdbc.queryForList("select set_config('lentera.bulk_load', 'on', true)", params);
        jdbc.queryForList("select setseed(:seed)", params);
        // stage: 0..5 open in that stage, 6 closed (in termination); timestamps spaced evenly up to now
        jdbc.update("""
                create temp table generated_case on commit drop as
                select g.*, (:now::timestamptz - (g.age_days || ' days')::interval) as opened_at,
                       ((g.age_days || ' days')::interval) / (least(g.stage, 5) + 2) as step
                  from (select u.n, u.client_id, u.household_id, u.worker_id, u.team_id, u.supervisor_id, u.kecamatan,
                               case when u.r < 0.15 then 0 when u.r < 0.30 then 1 when u.r < 0.45 then 2 when u.r < 0.60 then 3
                                    when u.r < 0.70 then 4 when u.r < 0.75 then 5 else 6 end as stage,
                               u.age_days, u.r2, null::bigint as case_id
                          from (select t.*, random() as r, random() as r2, 31 + floor(random() * 1060)::int as age_days
                                  from unnest(cast(:clients as bigint[]), cast(:households as bigint[]), cast(:workers as bigint[]),
                                              cast(:teams as bigint[]), cast(:supervisors as bigint[]), cast(:kecamatans as varchar[]))
                                       with ordinality t(client_id, household_id, worker_id, team_id, supervisor_id, kecamatan, n)) u) g""", params);
        String stages = "(array['ENGAGEMENT','ASSESSMENT','PLANNING','INTERVENTION','EVALUATION','TERMINATION'])";
        jdbc.queryForObject("""
                with numbered as (
                  select g.*, extract(year from g.opened_at)::int as year,
                         coalesce((select last_number from case_number_counter k where k.year = extract(year from g.opened_at)::int), 0)
                           + row_number() over (partition by extract(year from g.opened_at)::int order by g.opened_at, g.n) as number
                    from generated_case g),
                inserted as (
                  insert into case_file (number, client_id, household_id, worker_id, team_id, opened_on, stage, stage_since,
                         status, risk_level, closed_on, last_activity_at, first_contact_on, first_contact_place,
                         referral_source, presenting_problem, consent_to_help, consent_to_share, agreed_focus, strengths,
                         needs, plan_approved, evaluation_decision, evaluated_on, termination_reason, termination_summary,
                         termination_recommendations, terminated_on, kecamatan)
                  select 'KS-' || year || '-' || lpad(number::text, 6, '0'), client_id, household_id, worker_id, team_id,
                         opened_at::date, %1$s[least(stage, 5) + 1], opened_at + least(stage, 5) * step,
                         case when stage = 6 then 'CLOSED' else 'OPEN' end,
                         (array['LOW','MEDIUM','HIGH'])[1 + n %% 3],
                         case when stage = 6 then (opened_at + 6 * step)::date end,
                         least(:now::timestamptz, opened_at + least(stage, 5) * step + r2 * step * 2),
                         opened_at::date, 'Rumah klien',
                         (array['SHELTER','STREET_OUTREACH','KELURAHAN','WALK_IN','PKH_FACILITATOR','OTHER_AGENCY'])[1 + n %% 6],
                         'Kebutuhan dasar keluarga belum terpenuhi; dokumen kependudukan tidak lengkap', true, n %% 4 <> 0,
                         'Dokumen dan akses bantuan sosial',
                         case when stage >= 1 then 'Keluarga saling mendukung' end,
                         case when stage >= 1 then 'Dokumen kependudukan, pendaftaran DTSEN' end,
                         stage >= 3,
                         case when stage >= 5 then 'TERMINATE' end,
                         case when stage >= 5 then (opened_at + 5 * step)::date end,
                         case when stage = 6 then (array['GOALS_ACHIEVED','REFERRED_ELSEWHERE','CLIENT_MOVED','CLIENT_DECLINED',
                                                          'UNREACHABLE'])[1 + n %% 5] end,
                         case when stage = 6 then 'Tujuan rencana ditinjau bersama klien' end,
                         case when stage = 6 then 'Pemantauan oleh kelurahan' end,
                         case when stage = 6 then (opened_at + 6 * step)::date end, kecamatan
                    from numbered
                  returning id, client_id),
                linked as (
                  update generated_case g set case_id = i.id from inserted i where i.client_id = g.client_id returning 1)
                select count(*) from linked""".formatted(stages), params, Integer.class);
        jdbc.update("""
                insert into case_number_counter (year, last_number)
                select extract(year from opened_on)::int, max(substring(number from 9)::int)
                  from case_file where id in (select case_id from generated_case) group by 1
                on conflict (year) do update set last_number = greatest(case_number_counter.last_number, excluded.last_number)""",
                params);
        jdbc.update("""
                insert into stage_transition (case_file_id, from_stage, to_stage, moved_by, moved_at)
                select g.case_id, case when i = 0 then null else %1$s[i] end, %1$s[i + 1], g.worker_id, g.opened_at + i * g.step
                  from generated_case g, generate_series(0, least(g.stage, 5)) i""".formatted(stages), params);
        jdbc.update("""
                insert into case_assignment (case_file_id, worker_id, assigned_by, assigned_at)
                select case_id, worker_id, coalesce(supervisor_id, worker_id), opened_at from generated_case""", params);
        jdbc.update("""
                insert into case_problem (case_file_id, description, category)
                select g.case_id, 'Hambatan yang ditemukan saat asesmen',
                       (array['ADMINISTRATIVE','INFORMATION','STIGMA_TRUST','ECONOMIC','HOUSING','HEALTH','FAMILY_CONFLICT',
                              'EDUCATION','PROTECTION_VIOLENCE','ACCESS'])[1 + (g.n * 7 + i * 3) % 10]
                  from generated_case g, generate_series(0, (g.n % 2)::int) i
                 where g.stage >= 1""", params);
        jdbc.update("""
                insert into case_goal (case_file_id, description, indicator, target_date, responsible, result, evidence)
                select case_id, 'Keluarga memiliki KTP-el dan KK', 'Dokumen terbit', (opened_at + 4 * step)::date,
                       'Pekerja sosial dan klien',
                       case when stage >= 5 then (array['ACHIEVED','PARTLY','NOT_ACHIEVED'])[1 + n % 3] end,
                       case when stage >= 5 then 'Salinan dokumen' end
                  from generated_case where stage >= 2""", params);
        // a plan is approved by the team's supervisor; some plans in planning wait for it
        jdbc.update("""
                insert into approval_request (case_file_id, kind, state, requested_by, requested_at, decided_by, decided_at)
                select case_id, 'PLAN', case when stage >= 3 then 'APPROVED' else 'PENDING' end, worker_id,
                       opened_at + 2 * step + step / 2,
                       case when stage >= 3 then supervisor_id end,
                       case when stage >= 3 then opened_at + 3 * step end
                  from generated_case
                 where supervisor_id is not null and supervisor_id <> worker_id
                   and (stage >= 3 or (stage = 2 and n % 3 = 0))""", params);
        jdbc.update("""
                insert into case_activity (case_file_id, done_on, type, description, outcome, recorded_by, recorded_at)
                select case_id, (opened_at + 3 * step)::date, 'DOCUMENT_FACILITATION', 'Pendampingan pengurusan dokumen ke Dukcapil',
                       'Berkas diterima', worker_id, opened_at + 3 * step
                  from generated_case where stage >= 3""", params);
        jdbc.queryForList("select lentera_rebuild_casework()", params);
        // what follows is the client module's, whose own summaries must see it
        jdbc.queryForList("select set_config('lentera.bulk_load', 'off', true)", params);
        List<ClientCaseworkers.Generated> links = jdbc.query("""
                select client_id, case_id, worker_id, team_id, opened_at,
                       case when stage = 6 then opened_at + 6 * step end as closed_at
                  from generated_case order by n""", params, (rs, i) -> new ClientCaseworkers.Generated(
                rs.getLong("client_id"), rs.getLong("case_id"), rs.getLong("worker_id"), rs.getObject("team_id", Long.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()));
        caseworkers.generated(links);
        jdbc.update("analyze case_file", params);
        return links.size();
    }
}
