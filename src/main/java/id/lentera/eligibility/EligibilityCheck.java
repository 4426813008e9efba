package id.lentera.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lentera.client.HouseholdFacts;
import id.lentera.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates households and keeps their results: the current one per household and a snapshot
 * whenever the result changes (not when only the date moved on). Households are read and written in
 * batches ({@link EligibilityProperties#batchSize()}), a few statements per batch.
 */
@Service
public class EligibilityCheck {

    private static final Logger log = LoggerFactory.getLogger(EligibilityCheck.class);

    /** Why an evaluation ran. */
    public enum Trigger { CHANGE, NIGHTLY, STARTUP, TABLE }

    /** How a run over many households went. */
    public record Run(int households, int changed, long millis) {
    }

    private final HouseholdFacts facts;
    private final BenefitTables tables;
    private final EligibilityStore store;
    private final TransactionTemplate transactions;
    private final EligibilityProperties properties;
    private final Clock clock;

    EligibilityCheck(HouseholdFacts facts, BenefitTables tables, EligibilityStore store,
            PlatformTransactionManager transactionManager, EligibilityProperties properties, Clock clock) {
        this.facts = facts;
        this.tables = tables;
        this.store = store;
        // a transaction of its own, also when called after another one committed (the change listener):
        // work done there would otherwise join the finished transaction and never be committed by it
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The household's evaluation today, computed now (no access check: the caller has made it). */
    public Evaluation evaluateNow(long householdId) {
        LocalDate today = today();
        HouseholdFacts.Facts f = facts.of(List.of(householdId)).get(householdId);
        if (f == null) {
            throw new NotFoundException("household");
        }
        return PkhRules.evaluate(f, tables.inEffectOn(today), today);
    }

    /** Evaluates these households as of {@code on} and keeps what changed; returns how many changed. */
    public int evaluate(Collection<Long> householdIds, LocalDate on, Trigger trigger) {
        List<RuleTable> all = tables.all();
        Integer changed = transactions.execute(status -> batch(List.copyOf(householdIds), on, trigger, all));
        return changed == null ? 0 : changed;
    }

    /** Evaluates every household as of {@code on}, batch by batch, each batch in its own transaction. */
    public Run evaluateAll(LocalDate on, Trigger trigger) {
        long started = System.nanoTime();
        List<RuleTable> all = tables.all();
        int households = 0;
        int changed = 0;
        long after = 0;
        while (true) {
            List<Long> ids = facts.idsAfter(after, properties.batchSize());
            if (ids.isEmpty()) {
                break;
            }
            Integer n = transactions.execute(status -> batch(ids, on, trigger, all));
            changed += n == null ? 0 : n;
            households += ids.size();
            after = ids.get(ids.size() - 1);
        }
        Run run = new Run(households, changed, (System.nanoTime() - started) / 1_000_000);
        log.info("PKH evaluation ({}) as of {}: {} households, {} changed, {} ms", trigger, on, run.households(),
                run.changed(), run.millis());
        return run;
    }

    private int batch(List<Long> ids, LocalDate on, Trigger trigger, List<RuleTable> all) {
        RuleTable table = RuleTable.inEffectOn(all, on).orElseGet(() -> all.get(all.size() - 1));
        Map<Long, HouseholdFacts.Facts> byId = facts.of(ids);
        Map<Long, EligibilityStore.Current> current = store.current(byId.keySet());
        List<EligibilityStore.Change> changes = new ArrayList<>();
        Map<Long, String> kelurahan = new HashMap<>();
        for (HouseholdFacts.Facts f : byId.values()) {
            Evaluation e = PkhRules.evaluate(f, table, on);
            String fingerprint = e.fingerprint();
            EligibilityStore.Current previous = current.get(f.householdId());
            if (previous == null || !previous.fingerprint().equals(fingerprint)) {
                changes.add(new EligibilityStore.Change(e, fingerprint, cause(previous, e), previous));
                kelurahan.put(f.householdId(), f.kelurahanCode());
            }
        }
        Instant now = clock.instant();
        store.write(changes, kelurahan, trigger, now);
        return changes.size();
    }

    /**
     * A component that now counts, in the words a worker would use where the facts tell why: a
     * child born, a pregnancy or a birth recorded, a member who reached the elderly age.
     */
    static Text gained(Evaluation.Counted c, Evaluation e) {
        Evaluation.MemberResult member = e.members().stream().filter(m -> m.memberId() == c.memberId()).findFirst()
                .orElse(null);
        Text age = member == null ? null : member.age();
        Object years = age != null && age.key().startsWith("pkh.fact.born") && age.args().size() > 1 ? age.args().get(1) : null;
        if (c.component() == PkhComponent.EARLY_CHILD && years instanceof Number n && n.intValue() == 0) {
            return Text.of("pkh.cause.born", c.name());
        }
        if (c.component() == PkhComponent.ELDERLY && years instanceof Number n) {
            return Text.of("pkh.cause.elderly", c.name(), n.longValue());
        }
        if (c.component() == PkhComponent.PREGNANT && member != null) {
            boolean postpartum = member.components().stream().anyMatch(r -> r.component() == PkhComponent.PREGNANT
                    && r.fact() != null && r.fact().key().startsWith("pkh.fact.postpartum"));
            return Text.of(postpartum ? "pkh.cause.delivered" : "pkh.cause.pregnant", c.name());
        }
        return Text.of("pkh.cause.gained", Text.of("pkh.component." + c.component()), c.name());
    }

    /** What changed, in words: new or ended components, the registry, the documents, the table. */
    static List<Text> cause(EligibilityStore.Current previous, Evaluation e) {
        List<Text> cause = new ArrayList<>();
        if (previous == null) {
            cause.add(Text.of("pkh.cause.first"));
            return cause;
        }
        Set<String> before = Set.of(previous.components().isEmpty() ? new String[0] : previous.components().split(","));
        List<String> now = new ArrayList<>();
        for (Evaluation.Counted c : e.counted()) {
            String code = c.memberId() + ":" + c.component().name();
            now.add(code);
            if (!before.contains(code)) {
                cause.add(gained(c, e));
            }
        }
        for (String code : before) {
            if (!now.contains(code)) {
                String component = code.substring(code.indexOf(':') + 1);
                String name = e.members().stream().filter(m -> code.startsWith(m.memberId() + ":"))
                        .map(Evaluation.MemberResult::name).findFirst().orElse("");
                cause.add(Text.of("pkh.cause.lost", Text.of("pkh.component." + component), name));
            }
        }
        if (previous.registry() != e.registry().outcome()) {
            cause.add(Text.of("pkh.cause.registry", e.registry().fact()));
        }
        if (previous.ktpEl() != e.ktpEl().outcome()) {
            cause.add(Text.of("pkh.cause.document", e.ktpEl().fact()));
        }
        if (previous.kk() != e.kk().outcome()) {
            cause.add(Text.of("pkh.cause.document", e.kk().fact()));
        }
        if (previous.tableId() != e.table().id()) {
            cause.add(Text.of("pkh.cause.table", e.table().year()));
        }
        if (cause.isEmpty()) {
            cause.add(Text.of("pkh.cause.facts"));
        }
        return cause.size() > 4 ? List.copyOf(cause.subList(0, 4)) : cause;
    }
}
