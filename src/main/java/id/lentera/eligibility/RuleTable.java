package id.lentera.eligibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the benefit table as the rules read it: the amount per component per year and
 * the parameters. {@code id} is the rule-table version a snapshot refers to.
 */
public record RuleTable(long id, int year, LocalDate effectiveFrom, Map<PkhComponent, Long> amounts, int elderlyAge,
        int childAgeLimit, int maxEducationAge, int maxComponents, int decileFrom, int decileTo, int stagesPerYear) {

    public RuleTable {
        amounts = Map.copyOf(new EnumMap<>(amounts));
    }

    public long amount(PkhComponent component) {
        return amounts.getOrDefault(component, 0L);
    }

    /** The 2025 figures of DOMAIN §4 (also seeded by the migration); for tests and as a reference. */
    public static RuleTable of2025(long id) {
        return new RuleTable(id, 2025, LocalDate.of(2025, 1, 1),
                amounts(3_000_000, 3_000_000, 900_000, 1_500_000, 2_000_000, 2_400_000, 2_400_000), 70, 6, 21, 4, 1, 4, 4);
    }

    /** The amounts per year in the table's order of components. */
    public static Map<PkhComponent, Long> amounts(long pregnant, long earlyChild, long sd, long smp, long sma,
            long disability, long elderly) {
        Map<PkhComponent, Long> amounts = new EnumMap<>(PkhComponent.class);
        amounts.put(PkhComponent.PREGNANT, pregnant);
        amounts.put(PkhComponent.EARLY_CHILD, earlyChild);
        amounts.put(PkhComponent.SD, sd);
        amounts.put(PkhComponent.SMP, smp);
        amounts.put(PkhComponent.SMA, sma);
        amounts.put(PkhComponent.DISABILITY, disability);
        amounts.put(PkhComponent.ELDERLY, elderly);
        return amounts;
    }

    /**
     * The version in effect on a date: the latest effective on or before it; of two from the same
     * day, the one recorded last (the correction).
     */
    public static Optional<RuleTable> inEffectOn(Collection<RuleTable> tables, LocalDate date) {
        return tables.stream().filter(t -> !t.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(RuleTable::effectiveFrom).thenComparingLong(RuleTable::id));
    }

    public RuleTable withAmount(long newId, LocalDate from, PkhComponent component, long amount) {
        Map<PkhComponent, Long> changed = new EnumMap<>(amounts);
        changed.put(component, amount);
        return new RuleTable(newId, from.getYear(), from, changed, elderlyAge, childAgeLimit, maxEducationAge,
                maxComponents, decileFrom, decileTo, stagesPerYear);
    }

    public RuleTable withElderlyAge(int age) {
        return new RuleTable(id, year, effectiveFrom, amounts, age, childAgeLimit, maxEducationAge, maxComponents,
                decileFrom, decileTo, stagesPerYear);
    }
}
