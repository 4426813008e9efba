package id.lentera.client;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import id.lentera.account.CurrentUser;
import id.lentera.account.TeamDirectory;
import id.lentera.client.SyntheticFamilies.ClientFacts;
import id.lentera.client.SyntheticFamilies.Family;
import id.lentera.client.SyntheticFamilies.Member;
import id.lentera.region.Region;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionLevel;
import id.lentera.shared.LenteraProperties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the database with synthetic households for measuring ({@link ClientGenerationProperties}):
 * one client per household, the household's other members as persons, their documents, PPKS
 * categories and registry history, registered by the active social workers in turn. Written with
 * PostgreSQL {@code COPY}, one transaction per batch, with ids taken from the identity sequences
 * (so the application's own inserts carry on after them). Envers history is not written: generated
 * rows have no past. The batches run under the bulk flag ({@code lentera.bulk_load}), and the
 * client figures' summary tables are rebuilt once at the end. Runs after the demo data, so a new embedded database still gets its demo office.
 */
@Component
@Order(15)
public class ClientGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClientGenerator.class);
    /** From this many clients on, rebuilding the trigram indexes at the end beats keeping them up to date. */
    private static final int BULK = 100_000;

    private final ClientGenerationProperties properties;
    private final DataSource dataSource;
    private final TeamDirectory teams;
    private final RegionDirectory regions;
    private final Clock clock;
    private final ZoneId zone;
    /** Full name to search key: a city repeats its names, the database is asked once for each. */
    private final Map<String, String> searchKeys = new HashMap<>();

    ClientGenerator(ClientGenerationProperties properties, DataSource dataSource, TeamDirectory teams,
            RegionDirectory regions, Clock clock, LenteraProperties lentera) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.teams = teams;
        this.regions = regions;
        this.clock = clock;
        this.zone = lentera.timeZone();
    }

    /** What a run wrote and how long it took. */
    public record Result(int clients, long persons, long seconds) {
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (properties.clients() > 0) {
            generate(properties.clients());
        }
    }

    public Result generate(int clients) throws SQLException {
        long started = System.nanoTime();
        List<CurrentUser> workers = teams.activeSocialWorkers();
        if (workers.isEmpty()) {
            throw new IllegalStateException("There is no active social worker to register the generated clients");
        }
        List<String> kelurahan = villagesOf("12.75", "12.71");
        if (kelurahan.isEmpty()) {
            throw new IllegalStateException("There are no kelurahan of Binjai or Medan in the region table");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant now = clock.instant();
        SyntheticFamilies families = new SyntheticFamilies(properties.seed(), today);
        long persons = 0;
        log.info("Generating {} clients in {} kelurahan, registered by {} social workers", clients, kelurahan.size(),
                workers.size());
        ExecutorService producer = Executors.newSingleThreadExecutor();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                // nothing here must survive a crash: it can be generated again
                statement.execute("set synchronous_commit = off");
                statement.execute("set gin_pending_list_limit = '64MB'");
                statement.execute("set maintenance_work_mem = '512MB'");
                skipForeignKeyChecks(statement);
            }
            connection.setAutoCommit(false);
            Map<String, String> dropped = clients >= BULK ? dropCostlyIndexes(connection) : Map.of();
            try {
                Map<String, Integer> ppksIds = ppksIds(connection);
                reserveUsedSerials(connection, families);
                connection.commit();
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                int batch = Math.max(1, properties.batchSize());
                int done = 0;
                CompletableFuture<List<Family>> next = produce(producer, families, kelurahan, ppksIds,
                        Math.min(batch, clients));
                while (done < clients) {
                    List<Family> current = next.join();
                    done += current.size();
                    if (done < clients) {
                        next = produce(producer, families, kelurahan, ppksIds, Math.min(batch, clients - done));
                    }
                    persons += write(connection, copy, current, workers, ppksIds, now, done);
                    connection.commit();
                    if (done % 200_000 < batch || done == clients) {
                        log.info("Generated {} of {} clients ({} s)", done, clients, seconds(started));
                    }
                }
                // the trigger that keeps it is off for this connection (session_replication_role)
                try (Statement statement = connection.createStatement()) {
                    statement.execute("""
                            insert into person_name_key (key) select distinct search_name from person
                            on conflict do nothing""");
                    // and so is the one counting the keys of each word (V70): counted again, all of them
                    statement.execute("""
                            insert into name_word (word, keys)
                            select w, count(*) from person_name_key, unnest(words) w group by w
                            on conflict (word) do update set keys = excluded.keys""");
                    // the batches ran under the bulk flag: the client and household figures (V75) from scratch
                    statement.execute("select lentera_rebuild_client_figures()");
                }
                connection.commit();
            } finally {
                // also after a failure: the schema keeps its indexes, the pooled connection its defaults
                connection.rollback();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (var index : dropped.entrySet()) {
                        log.info("Building index {} ({} s)", index.getKey(), seconds(started));
                        statement.execute(index.getValue());
                    }
                    statement.execute("reset all");
                }
            }
            try (Statement statement = connection.createStatement()) {
                // the name search reads the persons of a key from their indexes alone (V71), which
                // needs the pages marked all-visible: vacuum them now rather than wait for autovacuum
                statement.execute("vacuum analyze person");
                for (String table : List.of("person_name_key", "name_word", "household", "household_member", "client", "client_ppks",
                        "person_document", "registry_status")) {
                    statement.execute("analyze " + table);
                }
            }
        } finally {
            producer.shutdownNow();
        }
        Result result = new Result(clients, persons, seconds(started));
        log.info("Generated {} clients and {} persons in {} s", result.clients(), result.persons(), result.seconds());
        return result;
    }

    /**
     * Without the foreign-key triggers COPY runs about twice as fast; the generator makes every
     * reference itself (and its test checks them). Only a superuser may, as on the embedded database;
     * elsewhere the checks stay.
     */
    private static void skipForeignKeyChecks(Statement statement) {
        try {
            statement.execute("set session_replication_role = replica");
        } catch (SQLException e) {
            log.info("Foreign keys are checked row by row: not allowed to switch them off ({})", e.getSQLState());
        }
    }

    /**
     * Trigram indexes cost most per inserted row and are much quicker to build once at the end, so a
     * large run drops them first, and the b-trees on the search key with them (random keys: every
     * row lands on another page); returns their definitions to create them again.
     */
    private static Map<String, String> dropCostlyIndexes(Connection connection) throws SQLException {
        Map<String, String> definitions = new java.util.LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("""
                    select indexname, indexdef from pg_indexes
                     where schemaname = current_schema() and tablename in ('person', 'client', 'person_name_key')
                       and (indexdef like '%_trgm_ops%' or indexname like 'person_search_name%')""")) {
                while (rs.next()) {
                    definitions.put(rs.getString(1), rs.getString(2));
                }
            }
            for (String index : definitions.keySet()) {
                statement.execute("drop index " + index);
            }
        }
        connection.commit();
        return definitions;
    }

    private static CompletableFuture<List<Family>> produce(ExecutorService producer, SyntheticFamilies families,
            List<String> kelurahan, Map<String, Integer> ppksIds, int count) {
        return CompletableFuture.supplyAsync(() -> {
            List<Family> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                batch.add(families.next(kelurahan, ppksIds));
            }
            return batch;
        }, producer);
    }

    private List<String> villagesOf(String... regencies) {
        List<String> villages = new ArrayList<>();
        for (String regency : regencies) {
            for (Region kecamatan : regions.children(regency)) {
                regions.children(kecamatan.code()).stream().filter(r -> r.level() == RegionLevel.VILLAGE)
                        .map(Region::code).forEach(villages::add);
            }
        }
        return villages;
    }

    private static Map<String, Integer> ppksIds(Connection connection) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("select code, id from ppks_category where active")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getInt(2));
            }
        }
        return ids;
    }

    /** NIK and KK serials already used, per 12-digit prefix, so that generated numbers are new. */
    private static void reserveUsedSerials(Connection connection, SyntheticFamilies families) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select left(nik, 12), max(right(nik, 4)::int) from person where nik is not null group by 1
                        union all
                        select left(kk_number, 12), max(right(kk_number, 4)::int) from household
                         where kk_number is not null group by 1""")) {
            while (rs.next()) {
                families.reserveSerial(rs.getString(1), rs.getInt(2));
            }
        }
    }

    /** Writes one batch in foreign-key order; returns how many persons it held. */
    private long write(Connection connection, CopyManager copy, List<Family> batch, List<CurrentUser> workers,
            Map<String, Integer> ppksIds, Instant now, int doneAfter) throws SQLException {
        int personCount = 0;
        int entryCount = 0;
        for (Family family : batch) {
            personCount += family.members().size();
            entryCount += family.registry().size();
        }
        long person = reserve(connection, "person", personCount);
        long household = reserve(connection, "household", batch.size());
        long member = reserve(connection, "household_member", personCount);
        long client = reserve(connection, "client", batch.size());
        long entry = reserve(connection, "registry_status", Math.max(1, entryCount));

        try (Statement statement = connection.createStatement()) {
            // the summary triggers (V75) stay quiet in this transaction: rebuilt once at the end
            statement.execute("select set_config('lentera.bulk_load', 'on', true)");
        }
        lookUpSearchKeys(connection, batch);
        Rows persons = new Rows();
        Rows households = new Rows();
        Rows members = new Rows();
        Rows documents = new Rows();
        Rows clients = new Rows();
        Rows ppks = new Rows();
        Rows entries = new Rows();
        int first = doneAfter - batch.size();
        for (int f = 0; f < batch.size(); f++) {
            Family family = batch.get(f);
            CurrentUser by = workers.get((first + f) % workers.size());
            // registered over the last three years, so that "newest first" lists look like real ones
            Instant registeredAt = now.minus((first + f) % (3 * 365 * 24), ChronoUnit.HOURS);
            long householdId = household++;
            households.add(householdId).add(family.kkNumber()).add(family.street()).add(family.rt()).add(family.rw())
                    .add(family.kelurahanCode()).add(registeredAt).add(by.id()).end();
            long clientPersonId = 0;
            long clientId = client++;
            for (int i = 0; i < family.members().size(); i++) {
                Member m = family.members().get(i);
                long personId = person++;
                if (i == family.clientIndex()) {
                    clientPersonId = personId;
                }
                persons.add(personId).add(m.fullName()).add(searchKeys.get(m.fullName())).add(m.nik()).add(m.sex().name()).add(m.birthDate())
                        .add(m.birthYear()).add(m.birthYearEstimated()).add(m.maternalStatus().name())
                        .add(m.deliveryDate()).add(m.schooling() == null ? null : m.schooling().name())
                        .add(m.severeDisability().name()).add(m.disabilityType()).add(m.deceasedOn())
                        .add(registeredAt).add(by.id()).add(i == family.clientIndex() ? clientId : null).end();
                members.add(member++).add(householdId).add(personId).add(m.relationship().name()).add((Object) null)
                        .add(m.leftOn()).add(m.leftReason()).end();
                for (var document : m.documents().entrySet()) {
                    documents.add(personId).add(document.getKey().name()).add(document.getValue().name())
                            .add((Object) null).end();
                }
            }
            ClientFacts facts = family.client();
            clients.add(clientId).add(clientPersonId).add(facts.alias())
                    .add(facts.nikMissingReason() == null ? null : facts.nikMissingReason().name()).add(facts.phone())
                    .add(facts.situation().name()).add(facts.currentAddress()).add(family.kelurahanCode())
                    .add(facts.originRegionCode())
                    .add(facts.occupation()).add(facts.incomePerMonth()).add(facts.education())
                    .add(facts.maritalStatus() == null ? null : facts.maritalStatus().name()).add(facts.consentOn())
                    .add(facts.consentOn() != null).add(facts.consentOn() != null).add(registeredAt).add(by.id())
                    .add(by.teamId()).end();
            for (String code : facts.ppksCodes()) {
                ppks.add(clientId).add(ppksIds.get(code)).end();
            }
            for (RegistryCheck check : family.registry()) {
                entries.add(entry++).add(householdId).add(check.registry().name()).add(check.status().name())
                        .add(check.reason()).add(check.registryId()).add(check.decile()).add(check.checkedOn())
                        .add(check.source().name()).add(check.note()).add(registeredAt).add(by.id()).end();
            }
        }
        persons.copy(copy, "person (id, full_name, search_name, nik, sex, birth_date, birth_year, birth_year_estimated, "
                + "maternal_status, delivery_date, schooling, severe_disability, disability_type, deceased_on, "
                + "created_at, created_by, client_id)");
        households.copy(copy, "household (id, kk_number, street, rt, rw, kelurahan_code, created_at, created_by)");
        members.copy(copy, "household_member (id, household_id, person_id, relationship, joined_on, left_on, "
                + "left_reason)");
        documents.copy(copy, "person_document (person_id, type, status, number)");
        clients.copy(copy, "client (id, person_id, alias, nik_missing_reason, phone, situation, current_address, "
                + "current_kelurahan_code, origin_region_code, occupation, income_per_month, education, marital_status, consent_on, "
                + "consent_to_services, consent_to_share, registered_at, registered_by, team_id)");
        ppks.copy(copy, "client_ppks (client_id, category_id)");
        entries.copy(copy, "registry_status (id, household_id, registry, status, reason, registry_id, decile, "
                + "checked_on, source, note, recorded_at, recorded_by)");
        return personCount;
    }

    /**
     * The search key of every name in the batch (V31), from the database's own function so that it is
     * the one the trigger gives names written by the application. Names repeat, so each is asked once.
     */
    private void lookUpSearchKeys(Connection connection, List<Family> batch) throws SQLException {
        Set<String> missing = new HashSet<>();
        for (Family family : batch) {
            for (Member m : family.members()) {
                if (!searchKeys.containsKey(m.fullName())) {
                    missing.add(m.fullName());
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select n, lentera_name_key(n) from unnest(?) n")) {
            statement.setArray(1, connection.createArrayOf("text", missing.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    searchKeys.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /**
     * Takes {@code count} ids from the table's identity sequence and returns the first. Not atomic
     * against other writers: the generator is meant to run at start-up, before anyone works.
     */
    private static long reserve(Connection connection, String table, int count) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String sequence = "pg_get_serial_sequence('" + table + "', 'id')";
            long first;
            try (var rs = statement.executeQuery("select nextval(" + sequence + ")")) {
                rs.next();
                first = rs.getLong(1);
            }
            statement.execute("select setval(" + sequence + ", " + (first + count - 1) + ")");
            return first;
        }
    }

    private static long seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000L;
    }

    /** Rows in COPY's text format: tab between columns, {@code \N} for null, backslash escapes. */
    private static final class Rows {

        private final StringBuilder text = new StringBuilder(1 << 20);
        private boolean lineStart = true;

        Rows add(Object value) {
            if (!lineStart) {
                text.append('\t');
            }
            lineStart = false;
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (value instanceof String s) {
                escape(s);
            } else {
                text.append(value);
            }
            return this;
        }

        Rows add(long value) {
            if (!lineStart) {
                text.append('\t');
            }
            lineStart = false;
            text.append(value);
            return this;
        }

        void end() {
            text.append('\n');
            lineStart = true;
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        void copy(CopyManager copy, String tableAndColumns) throws SQLException {
            if (text.isEmpty()) {
                return;
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            CopyIn in = copy.copyIn("copy " + tableAndColumns + " from stdin");
            try {
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }
}
