package id.lentera.supervision.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.supervision.CaseloadReview;
import id.lentera.supervision.Dashboard;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: charts with their numbers as tables. Malformed filter values are dropped with a
 * message next to the filter instead of failing the page.
 */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final CaseloadReview review;
    private final Clock clock;

    DashboardController(Dashboard dashboard, CaseloadReview review, Clock clock) {
        this.dashboard = dashboard;
        this.review = review;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String showDashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long team,
            @RequestParam(required = false) String kecamatan, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        List<String> problems = new ArrayList<>();
        String kecamatanCode = Periods.kecamatan(kecamatan);
        if (!Periods.blank(kecamatan) && kecamatanCode == null) {
            problems.add("kecamatan");
        }
        YearMonth fromMonth = Periods.month(from);
        if (!Periods.blank(from) && fromMonth == null) {
            problems.add("from");
        }
        YearMonth toMonth = Periods.month(to);
        if (!Periods.blank(to) && toMonth == null) {
            problems.add("to");
        }
        YearMonth thisMonth = YearMonth.now(clock);
        if (toMonth != null && toMonth.isAfter(thisMonth)) {
            problems.add("to");
            toMonth = thisMonth;
        }
        if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
            problems.add("from");
            fromMonth = null;
        }
        model.addAttribute("figures", dashboard.figures(user, team, kecamatanCode, fromMonth, toMonth));
        model.addAttribute("problems", problems);
        model.addAttribute("teams", review.teamChoices(user));
        model.addAttribute("kecamatanChoices", dashboard.kecamatan());
        model.addAttribute("head", user.role() == Role.HEAD_OF_OFFICE);
        model.addAttribute("reportMonth", thisMonth.minusMonths(1));
        model.addAttribute("maxMonth", thisMonth);
        return "supervision/dashboard";
    }
}
