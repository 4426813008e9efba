package id.lentera.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.shared.NotFoundException;
import id.lentera.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PKH benefit table by year, kept by the admin at {@code /admin/pkh}. A save adds a version
 * effective from the date given; earlier versions stay (they are the history) and the households
 * are evaluated again with the new one.
 */
@Service
public class BenefitTables {

    private final BenefitTableRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    BenefitTables(BenefitTableRows rows, ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A saved version, with who saved it. */
    public record Version(long id, RuleTable rules, String note, java.time.Instant recordedAt, Long recordedBy) {
    }

    /** A new version of the table was saved (listened to by the evaluation, which runs again). */
    public record BenefitTableChanged(long tableId, int year, LocalDate effectiveFrom, long by) {
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions() {
        return rows.findAllByOrderByEffectiveFromDescIdDesc().stream().map(BenefitTables::version).toList();
    }

    /** Every version as the rules read them (a few rows: one or two a year). */
    @Transactional(readOnly = true)
    public List<RuleTable> all() {
        return rows.findAllByOrderByEffectiveFromDescIdDesc().stream().map(BenefitTableRow::toRules).toList();
    }

    @Transactional(readOnly = true)
    public RuleTable inEffectOn(LocalDate date) {
        List<RuleTable> all = all();
        return RuleTable.inEffectOn(all, date)
                // before the first version: the earliest, rather than no answer at all
                .orElseGet(() -> all.isEmpty() ? null : all.get(all.size() - 1));
    }

    @Transactional(readOnly = true)
    public Version find(long id) {
        return rows.findById(id).map(BenefitTables::version).orElseThrow(() -> new NotFoundException("table"));
    }

    /**
     * Saves a new version based on {@code basedOn}, the version the admin's form was opened with.
     *
     * @throws StaleEditException when someone saved a newer version in the meantime
     * @throws InputRefusedException with the problems by field
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(long basedOn, BenefitFigures figures, CurrentUser admin) {
        // one save at a time, and the check of what is newest under that lock: two admins saving at
        // the same instant otherwise both pass the check and both become "the" newest version
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('pkh_benefit_table'))");
        List<BenefitTableRow> all = rows.findAllByOrderByEffectiveFromDescIdDesc();
        long newest = all.stream().mapToLong(BenefitTableRow::getId).max().orElse(0);
        if (basedOn != newest) {
            throw new StaleEditException("benefit table");
        }
        List<String[]> problems = problems(figures);
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
        BenefitTableRow row = rows.save(new BenefitTableRow(figures, admin.id(), clock.instant()));
        events.publishEvent(new BenefitTableChanged(row.getId(), row.getYear(), row.getEffectiveFrom(), admin.id()));
        return row.getId();
    }

    /** Field and message key of each rule the figures break (the form's own checks come first). */
    static List<String[]> problems(BenefitFigures f) {
        List<String[]> problems = new ArrayList<>();
        if (f.effectiveFrom() == null || f.effectiveFrom().getYear() < 2000 || f.effectiveFrom().getYear() > 2100) {
            problems.add(new String[] {"effectiveFrom", "pkh.table.year"});
        }
        if (f.decileFrom() > f.decileTo()) {
            problems.add(new String[] {"decileTo", "pkh.table.decileOrder"});
        }
        for (PkhComponent component : PkhComponent.values()) {
            Long amount = f.amounts().get(component);
            if (amount == null || amount < 0) {
                problems.add(new String[] {"amount" + camel(component), "pkh.table.amount"});
            }
        }
        return problems;
    }

    /** EARLY_CHILD to EarlyChild: the form's field names. */
    private static String camel(PkhComponent component) {
        StringBuilder b = new StringBuilder();
        for (String part : component.name().split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        return b.toString();
    }

    private static Version version(BenefitTableRow row) {
        return new Version(row.getId(), row.toRules(), row.getNote(), row.getRecordedAt(), row.getRecordedBy());
    }
}
