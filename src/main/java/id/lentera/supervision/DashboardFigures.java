package id.lentera.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.lentera.casework.BarrierCategory;
import id.lentera.casework.MonthCount;
import id.lentera.casework.Stage;
import id.lentera.casework.TerminationReason;
import id.lentera.client.CategoryCount;
import id.lentera.eligibility.Verdict;

/**
 * The dashboard's figures for one scope (team or all, kecamatan or all) and period, each from its
 * owner module's read API: casework, client, visit ({@code visitsPerWeek}: done visits by the week's
 * Monday, the 12 weeks up to the period's end; no kecamatan) and eligibility ({@code pkhVerdicts}:
 * households by current verdict; no period).
 */
public record DashboardFigures(Long teamId, String kecamatan, YearMonth from, YearMonth to,
        Map<Stage, Long> openByStage, List<MonthCount> openedAndClosed, List<CategoryCount> clientsByPpks,
        Map<BarrierCategory, Long> barriers, Map<YearMonth, Long> registeredPerMonth, Map<String, Long> registryMix,
        Map<TerminationReason, Long> terminations, LocalDate visitsUntil, Map<LocalDate, Long> visitsPerWeek,
        Map<Verdict, Long> pkhVerdicts) {
}
