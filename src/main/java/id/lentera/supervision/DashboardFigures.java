package id.lentera.supervision;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.lentera.casework.BarrierCategory;
import id.lentera.casework.MonthCount;
import id.lentera.casework.Stage;
import id.lentera.casework.TerminationReason;
import id.lentera.client.CategoryCount;

/**
 * The dashboard's figures for one scope (team or all, kecamatan or all) and period, each from its
 * owner module's read API. Figures of other modules (visits, PKH verdicts) are added as further
 * components when those modules offer them.
 */
public record DashboardFigures(Long teamId, String kecamatan, YearMonth from, YearMonth to,
        Map<Stage, Long> openByStage, List<MonthCount> openedAndClosed, List<CategoryCount> clientsByPpks,
        Map<BarrierCategory, Long> barriers, Map<YearMonth, Long> registeredPerMonth, Map<String, Long> registryMix,
        Map<TerminationReason, Long> terminations) {
}
