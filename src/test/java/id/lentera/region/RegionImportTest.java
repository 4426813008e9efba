package id.lentera.region;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.account.TestAccounts;
import id.lentera.audit.AuditEntry;
import id.lentera.audit.AuditLog;
import id.lentera.region.ImportProblem.Reason;
import id.lentera.region.RegionImportView.LevelCount;
import id.lentera.region.RegionImportView.State;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static id.lentera.region.ImportRuns.fixture;
import static id.lentera.region.ImportRuns.importAndWait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The import on PostgreSQL. Each test works in a province of its own (86-88 do not exist in Indonesia). */
@IntegrationTest
class RegionImportTest {

    @Autowired
    private RegionImports imports;
    @Autowired
    private RegionDirectory directory;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApplicationContext context;

    private CurrentUser admin;

    @BeforeEach
    void admin() {
        admin = new TestAccounts(context).account(Role.ADMIN);
    }

    @Test
    void importsAGoodFileAddingRenamingAndLeavingAloneAndIsIdempotent() {
        RegionImportView first = importAndWait(imports, admin, "uji-88.csv", fixture("uji-88.csv"));

        assertThat(first.state()).isEqualTo(State.APPLIED);
        assertThat(first.counts()).containsExactly(
                new LevelCount(RegionLevel.PROVINCE, 1, 1, 0, 0),
                new LevelCount(RegionLevel.REGENCY, 1, 1, 0, 0),
                new LevelCount(RegionLevel.DISTRICT, 2, 2, 0, 0),
                new LevelCount(RegionLevel.VILLAGE, 4, 4, 0, 0));
        assertThat(directory.find("88.01.01.1002")).contains(
                new Region("88.01.01.1002", "Lubuk Uji I,II", RegionLevel.VILLAGE, "88.01.01"));
        assertThat(directory.describe("88.01.02.1001")).isEqualTo("Sei Uji, Uji Selatan, Kota Uji");

        RegionImportView again = importAndWait(imports, admin, "uji-88.csv", fixture("uji-88.csv"));
        assertThat(again.total()).isEqualTo(new LevelCount(null, 8, 0, 0, 8));

        RegionImportView renamed = importAndWait(imports, admin, "uji-88-renamed.csv", fixture("uji-88-renamed.csv"));
        assertThat(renamed.state()).isEqualTo(State.APPLIED);
        assertThat(renamed.counts()).containsExactly(
                new LevelCount(RegionLevel.DISTRICT, 1, 0, 0, 1),
                new LevelCount(RegionLevel.VILLAGE, 2, 1, 1, 0));
        assertThat(directory.names(java.util.List.of("88.01.01.1002", "88.01.02.1003", "88.01.01.1001")))
                .isEqualTo(Map.of("88.01.01.1002", "Lubuk Uji I, II", "88.01.02.1003", "Rambung Uji",
                        "88.01.01.1001", "Tanah Uji"));
    }

    @Test
    void appliesNothingWhenAParentIsNeitherInTheFileNorInTheTable() {
        RegionImportView run = importAndWait(imports, admin, "uji-87-orphan.csv", fixture("uji-87-orphan.csv"));

        assertThat(run.state()).isEqualTo(State.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::value)
                .containsExactly(tuple(3, Reason.PARENT_MISSING, "87.01.01"));
        assertThat(run.problemCount()).isEqualTo(1);
        assertThat(directory.exists("87")).as("the good rows were not applied either").isFalse();
        assertThat(directory.exists("87.02")).isFalse();
        assertThat(directory.exists("87.01.01.1001")).isFalse();
    }

    @Test
    void appliesNothingWhenAnyRowIsMalformed() {
        byte[] file = "kode,nama\n85,Provinsi Cacat\n85.01,Kota Cacat\n85.01.1,Salah\n".getBytes(StandardCharsets.UTF_8);

        RegionImportView run = importAndWait(imports, admin, "cacat.csv", file);

        assertThat(run.state()).isEqualTo(State.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::line, ImportProblem::reason)
                .containsExactly(tuple(4, Reason.CODE_FORMAT));
        assertThat(directory.exists("85")).isFalse();
    }

    @Test
    void takesParentsFromTheTableWhenTheFileHasOnlyChildren() {
        byte[] file = "kode,nama\n12.75.05.9001,Kelurahan Uji Binjai\n".getBytes(StandardCharsets.UTF_8);

        RegionImportView run = importAndWait(imports, admin, "anak.csv", file);

        assertThat(run.state()).isEqualTo(State.APPLIED);
        assertThat(directory.find("12.75.05.9001")).map(Region::parentCode).contains("12.75.05");
    }

    @Test
    void recordsAppliedAndRefusedImportsInTheAuditLog() {
        importAndWait(imports, admin, "audit-baik.csv",
                "kode,nama\n84,Provinsi Audit\n".getBytes(StandardCharsets.UTF_8));
        importAndWait(imports, admin, "audit-buruk.csv", "code,name\n".getBytes(StandardCharsets.UTF_8));

        var entries = SignedIn.run(admin, () -> auditLog.search("ADMIN", admin.username(), PageRequest.of(0, 10)));
        assertThat(entries.getContent()).extracting(AuditEntry::getAction, AuditEntry::getTarget, AuditEntry::getDetail)
                .containsExactly(
                        tuple("REGIONS_IMPORT_REJECTED", "audit-buruk.csv", "rows=0 problems=1"),
                        tuple("REGIONS_IMPORTED", "audit-baik.csv", "rows=1 added=1 renamed=0 unchanged=0"));
    }

    @Test
    void runsOneImportAtATimeAndGivesUpOnAnAbandonedOne() {
        jdbc.update("""
                insert into region_import (file_name, started_by, started_at, heartbeat_at, state, phase)
                values ('lain.csv', 'lain', ?, ?, 'RUNNING', 'LOADING')""",
                Timestamp.from(TestClock.get().instant()), Timestamp.from(TestClock.get().instant()));
        byte[] file = "kode,nama\n83,Provinsi Antre\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SignedIn.run(admin, () -> imports.start("antre.csv", file, admin.username())))
                .isInstanceOf(RegionImports.AlreadyRunningException.class);

        jdbc.update("update region_import set heartbeat_at = ? where file_name = 'lain.csv' and state = 'RUNNING'",
                Timestamp.from(TestClock.get().instant().minus(RegionImports.ABANDONED_AFTER).minusSeconds(1)));
        assertThat(importAndWait(imports, admin, "antre.csv", file).state()).isEqualTo(State.APPLIED);
        assertThat(jdbc.queryForObject("select state from region_import where file_name = 'lain.csv'", String.class))
                .isEqualTo("FAILED");
    }

    @Test
    void onlyAnAdminMayImportOrFollowImports() {
        CurrentUser worker = new TestAccounts(context).account(Role.SUPERVISOR);
        byte[] file = "kode,nama\n82,Provinsi Terlarang\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SignedIn.run(worker, () -> imports.start("x.csv", file, worker.username())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(worker, () -> imports.latest()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(directory.exists("82")).isFalse();
    }
}
